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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.284244108998) q[0];
ry(pi*-0.47144344834) q[1];
ry(pi*-0.516162328492) q[2];
ry(pi*0.499470105071) q[3];
ry(pi*0.313670518136) q[4];
ry(pi*0.005662473468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.180478243471) q[0];
ry(pi*-0.481012998713) q[1];
ry(pi*0.429029225795) q[2];
ry(pi*-0.229410591431) q[3];
ry(pi*0.030629233909) q[4];
ry(pi*0.05416646896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.428266445447) q[0];
ry(pi*0.130616771597) q[1];
ry(pi*0.079253355354) q[2];
ry(pi*-0.087612790677) q[3];
ry(pi*-0.202201641153) q[4];
ry(pi*0.127422775927) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.512893741465) q[0];
ry(pi*-0.505456614096) q[1];
ry(pi*-0.492550250695) q[2];
ry(pi*-0.121968556825) q[3];
ry(pi*-0.104965597741) q[4];
ry(pi*0.046227512415) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.365906097361) q[0];
ry(pi*0.133461251309) q[1];
ry(pi*-0.279621493886) q[2];
ry(pi*-0.001478356204) q[3];
ry(pi*0.811273856615) q[4];
ry(pi*0.000691780621) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
