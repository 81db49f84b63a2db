// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*0.062363839072) q[0];
rx(pi*-0.250928685011) q[1];
rx(pi*-0.229683798998) q[2];
rx(pi*-0.121912966674) q[3];
rx(pi*-0.027540323546) q[4];
rx(pi*-0.126706317542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.079332310443) q[0];
rx(pi*0.091149073688) q[1];
rx(pi*-0.145096222428) q[2];
rx(pi*0.202855195393) q[3];
rx(pi*-0.012401101343) q[4];
rx(pi*0.070635302507) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.058942953056) q[0];
rx(pi*0.406425018301) q[1];
rx(pi*-0.045268160171) q[2];
rx(pi*-0.176368784266) q[3];
rx(pi*-0.114664437904) q[4];
rx(pi*-0.31566222027) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.027240098786) q[0];
rx(pi*-0.0150333602) q[1];
rx(pi*0.001679825144) q[2];
rx(pi*-0.093846742278) q[3];
rx(pi*-0.053582283829) q[4];
rx(pi*0.206869866751) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.240493256379) q[0];
rx(pi*0.030465826377) q[1];
rx(pi*0.085190217442) q[2];
rx(pi*-0.099531660506) q[3];
rx(pi*-0.02159599331) q[4];
rx(pi*0.002668203616) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
