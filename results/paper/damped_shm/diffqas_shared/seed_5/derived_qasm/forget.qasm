// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041317507607) q[0];
ry(pi*-0.048701682037) q[1];
ry(pi*-0.057738710071) q[2];
ry(pi*0.035799532958) q[3];
ry(pi*-0.063199569635) q[4];
ry(pi*-0.161091624258) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.083656498464) q[0];
ry(pi*0.210211631666) q[1];
ry(pi*0.023707396882) q[2];
ry(pi*-0.232166174334) q[3];
ry(pi*-0.049343975951) q[4];
ry(pi*0.027101711565) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.158760850663) q[0];
ry(pi*0.039185594495) q[1];
ry(pi*-0.053295434857) q[2];
ry(pi*0.01508722383) q[3];
ry(pi*0.006952097375) q[4];
ry(pi*0.21258758886) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.140255297394) q[0];
ry(pi*0.240742956711) q[1];
ry(pi*0.186912983661) q[2];
ry(pi*0.082708060293) q[3];
ry(pi*0.017123080292) q[4];
ry(pi*-0.02854216763) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.048684559132) q[0];
ry(pi*-0.105286000018) q[1];
ry(pi*0.343705591992) q[2];
ry(pi*-0.03850100084) q[3];
ry(pi*-0.011198744961) q[4];
ry(pi*-0.000551183519) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
