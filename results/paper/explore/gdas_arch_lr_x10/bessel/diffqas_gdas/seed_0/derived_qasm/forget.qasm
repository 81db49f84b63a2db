// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003464703873) q[0];
rx(pi*-0.02230608871) q[1];
rx(pi*0.088733245265) q[2];
rx(pi*-0.040047912993) q[3];
rx(pi*-0.123260866561) q[4];
rx(pi*0.00165486353) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001402834737) q[0];
rx(pi*0.043289240925) q[1];
rx(pi*0.340716018192) q[2];
rx(pi*0.034032055498) q[3];
rx(pi*-0.12696827427) q[4];
rx(pi*-0.00416314052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003250208364) q[0];
rx(pi*0.083461894991) q[1];
rx(pi*-0.085607674809) q[2];
rx(pi*-0.030536276932) q[3];
rx(pi*-0.125953222782) q[4];
rx(pi*-0.001864182888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002234550341) q[0];
rx(pi*-0.053207543603) q[1];
rx(pi*0.571171381921) q[2];
rx(pi*0.036563015297) q[3];
rx(pi*-0.125889379486) q[4];
rx(pi*0.002321515487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005733640244) q[0];
rx(pi*-0.048743711416) q[1];
rx(pi*0.087301713506) q[2];
rx(pi*-0.043524640549) q[3];
rx(pi*-0.123372037376) q[4];
rx(pi*0.004386101136) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
