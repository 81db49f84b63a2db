// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.133352015714) q[0];
ry(pi*-0.037782796963) q[1];
ry(pi*0.320461281936) q[2];
ry(pi*0.165770891995) q[3];
ry(pi*-0.00995159155) q[4];
ry(pi*0.020120632132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.164686827137) q[0];
ry(pi*0.489067195728) q[1];
ry(pi*0.515279109142) q[2];
ry(pi*-0.30150661527) q[3];
ry(pi*-0.016231818868) q[4];
ry(pi*-0.005830135639) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.051983568961) q[0];
ry(pi*-0.018356458303) q[1];
ry(pi*-0.016489826892) q[2];
ry(pi*0.136512676266) q[3];
ry(pi*0.02819083266) q[4];
ry(pi*-0.015115422077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018508272301) q[0];
ry(pi*0.188137636579) q[1];
ry(pi*-0.004046961196) q[2];
ry(pi*-0.019416354252) q[3];
ry(pi*-0.287855362822) q[4];
ry(pi*0.007423152161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.0682599809) q[0];
ry(pi*0.267151826219) q[1];
ry(pi*0.018105191533) q[2];
ry(pi*0.020793467427) q[3];
ry(pi*-0.149960702127) q[4];
ry(pi*0.002337501954) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
