// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.11594518375) q[0];
ry(pi*-0.003782234743) q[1];
ry(pi*0.027439573512) q[2];
ry(pi*-0.03339776334) q[3];
ry(pi*0.26416060179) q[4];
ry(pi*0.491166682042) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007078330773) q[0];
ry(pi*0.01714932316) q[1];
ry(pi*-0.05817166343) q[2];
ry(pi*0.010580802568) q[3];
ry(pi*-0.010485743174) q[4];
ry(pi*0.018331209133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.05771034107) q[0];
ry(pi*-0.015143893056) q[1];
ry(pi*0.435043776542) q[2];
ry(pi*0.009127031192) q[3];
ry(pi*-0.411714999813) q[4];
ry(pi*0.008632651783) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.538187184163) q[0];
ry(pi*-0.049172723187) q[1];
ry(pi*-0.005568730307) q[2];
ry(pi*0.110545293111) q[3];
ry(pi*-0.014861902293) q[4];
ry(pi*0.139149565659) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010988882655) q[0];
ry(pi*-0.199578867485) q[1];
ry(pi*-0.426881321029) q[2];
ry(pi*-0.515730205191) q[3];
ry(pi*-0.054029191644) q[4];
ry(pi*0.003343257537) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
