// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006773889913) q[0];
ry(pi*-0.125509023326) q[1];
ry(pi*-0.16376420139) q[2];
ry(pi*-0.126234455821) q[3];
ry(pi*-0.107422616) q[4];
ry(pi*-0.076377366651) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.046701238209) q[0];
ry(pi*-0.008302006594) q[1];
ry(pi*-0.013250678455) q[2];
ry(pi*-0.036696668819) q[3];
ry(pi*-0.095601360957) q[4];
ry(pi*-0.049916654111) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.027207923378) q[0];
ry(pi*-0.05933772376) q[1];
ry(pi*-0.000361996135) q[2];
ry(pi*-0.041711690156) q[3];
ry(pi*-0.02346312987) q[4];
ry(pi*-0.029042972278) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008289524898) q[0];
ry(pi*-0.016138251205) q[1];
ry(pi*-0.006715156215) q[2];
ry(pi*-0.022351118155) q[3];
ry(pi*0.005985878182) q[4];
ry(pi*-0.227168164436) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.35136595271) q[0];
ry(pi*-0.392926363663) q[1];
ry(pi*-0.449635527066) q[2];
ry(pi*-0.00282749851) q[3];
ry(pi*-0.000290829933) q[4];
ry(pi*-0.001951270172) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
