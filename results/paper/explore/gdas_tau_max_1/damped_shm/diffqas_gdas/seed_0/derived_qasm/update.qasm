// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*0.222500716721) q[0];
ry(pi*-0.237223549959) q[1];
ry(pi*0.016499175714) q[2];
ry(pi*-0.117314579761) q[3];
ry(pi*0.519193262882) q[4];
ry(pi*0.490104170226) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.267003971596) q[0];
ry(pi*0.11421314264) q[1];
ry(pi*-0.116480547258) q[2];
ry(pi*-0.064370842728) q[3];
ry(pi*-0.069354461797) q[4];
ry(pi*0.022465568884) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.133807456522) q[0];
ry(pi*-0.139518689951) q[1];
ry(pi*0.411959141131) q[2];
ry(pi*-0.214141020523) q[3];
ry(pi*-0.443400512992) q[4];
ry(pi*-0.009587087121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.159489356743) q[0];
ry(pi*0.181523262414) q[1];
ry(pi*0.070967799911) q[2];
ry(pi*-0.09680588379) q[3];
ry(pi*-0.340924566635) q[4];
ry(pi*-0.02071898042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.083680404126) q[0];
ry(pi*-0.16441879913) q[1];
ry(pi*-0.084323362086) q[2];
ry(pi*-0.199369598078) q[3];
ry(pi*0.063838249241) q[4];
ry(pi*0.001187084061) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
