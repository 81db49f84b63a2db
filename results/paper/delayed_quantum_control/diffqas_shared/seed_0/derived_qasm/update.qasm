// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*-0.161549171042) q[0];
rz(pi*0.1972363213) q[1];
rz(pi*0.063590057242) q[2];
rz(pi*0.070734174239) q[3];
rz(pi*-0.331329213325) q[4];
rz(pi*-0.140454387922) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.202567872102) q[0];
rz(pi*0.393881413836) q[1];
rz(pi*-0.107725354648) q[2];
rz(pi*0.291386020413) q[3];
rz(pi*0.177736909102) q[4];
rz(pi*0.528245046971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.078391456628) q[0];
rz(pi*0.10249529856) q[1];
rz(pi*0.121837796647) q[2];
rz(pi*0.079486890905) q[3];
rz(pi*0.09368694431) q[4];
rz(pi*-0.258643535461) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.16589038236) q[0];
rz(pi*-0.129216307712) q[1];
rz(pi*0.123884216187) q[2];
rz(pi*-0.023131834864) q[3];
rz(pi*-0.138204381314) q[4];
rz(pi*0.148141234596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.413332843955) q[0];
rz(pi*0.06234847589) q[1];
rz(pi*0.198810262503) q[2];
rz(pi*-0.1482296476) q[3];
rz(pi*-0.071149544604) q[4];
rz(pi*0.005376485384) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
