// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006407806596) q[0];
ry(pi*0.000184817797) q[1];
ry(pi*-0.015912384202) q[2];
ry(pi*0.122360268173) q[3];
ry(pi*0.06963349874) q[4];
ry(pi*0.487145977351) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011996037923) q[0];
ry(pi*-0.000797641364) q[1];
ry(pi*-0.002462468773) q[2];
ry(pi*-0.00392945289) q[3];
ry(pi*0.012910527919) q[4];
ry(pi*0.020739634627) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.376473576317) q[0];
ry(pi*0.489777725129) q[1];
ry(pi*-0.011843215998) q[2];
ry(pi*0.508021463966) q[3];
ry(pi*-0.008275520639) q[4];
ry(pi*-0.490774097947) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013145906199) q[0];
ry(pi*0.008228652023) q[1];
ry(pi*-0.009694192432) q[2];
ry(pi*0.008928799774) q[3];
ry(pi*-0.007997246755) q[4];
ry(pi*-0.016889377543) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026063205017) q[0];
ry(pi*-0.240985067944) q[1];
ry(pi*-0.490793374259) q[2];
ry(pi*-0.430595350227) q[3];
ry(pi*0.00694401617) q[4];
ry(pi*-0.002973240043) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
