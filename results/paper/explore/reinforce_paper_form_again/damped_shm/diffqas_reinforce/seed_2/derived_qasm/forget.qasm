// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.015430838078) q[0];
ry(pi*-0.023838012392) q[1];
ry(pi*-0.090534688685) q[2];
ry(pi*0.004222917719) q[3];
ry(pi*-0.478529845495) q[4];
ry(pi*0.071032791058) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000916982689) q[0];
ry(pi*-0.027610902167) q[1];
ry(pi*0.359551213466) q[2];
ry(pi*0.510854398761) q[3];
ry(pi*0.008347666883) q[4];
ry(pi*-0.016608547675) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.495922201252) q[0];
ry(pi*-0.185105772525) q[1];
ry(pi*0.002889759063) q[2];
ry(pi*0.370270436458) q[3];
ry(pi*-0.11883108097) q[4];
ry(pi*0.487835826457) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003881340373) q[0];
ry(pi*0.019045923211) q[1];
ry(pi*-0.00358899049) q[2];
ry(pi*-0.496594823103) q[3];
ry(pi*0.228875711728) q[4];
ry(pi*0.511825158369) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.084160006728) q[0];
ry(pi*-0.020944132388) q[1];
ry(pi*-0.18388466751) q[2];
ry(pi*-0.000963118038) q[3];
ry(pi*-0.153273438738) q[4];
ry(pi*0.00217802682) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
