// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.183941320135) q[0];
ry(pi*0.634089984135) q[1];
ry(pi*0.001540682421) q[2];
ry(pi*-0.013658820203) q[3];
ry(pi*0.070008257939) q[4];
ry(pi*-0.034286453957) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006844938703) q[0];
ry(pi*-0.191323768045) q[1];
ry(pi*0.000907177484) q[2];
ry(pi*0.520046846801) q[3];
ry(pi*-0.001206804602) q[4];
ry(pi*-0.008479991126) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014137554803) q[0];
ry(pi*0.02028089256) q[1];
ry(pi*0.006105679225) q[2];
ry(pi*-0.006628454908) q[3];
ry(pi*0.000485346046) q[4];
ry(pi*0.05933245408) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.505928314549) q[0];
ry(pi*0.01034219655) q[1];
ry(pi*0.066680921799) q[2];
ry(pi*-0.009936539046) q[3];
ry(pi*0.500395671594) q[4];
ry(pi*0.505187087242) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003123875952) q[0];
ry(pi*0.258355092777) q[1];
ry(pi*-0.025783643952) q[2];
ry(pi*-0.081502133477) q[3];
ry(pi*0.287335718235) q[4];
ry(pi*0.000158198179) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
