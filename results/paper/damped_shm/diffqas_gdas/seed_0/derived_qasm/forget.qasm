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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004128262384) q[0];
rz(pi*-0.001100297007) q[1];
rz(pi*0.002720215329) q[2];
rz(pi*-0.00155644418) q[3];
rz(pi*0.005604381879) q[4];
rz(pi*0.000634112954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001215910335) q[0];
rz(pi*0.008124619704) q[1];
rz(pi*-0.001032806793) q[2];
rz(pi*-0.0038872741) q[3];
rz(pi*0.00064270961) q[4];
rz(pi*-0.000123575481) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003394251836) q[0];
rz(pi*-0.002933638582) q[1];
rz(pi*0.002561481318) q[2];
rz(pi*0.002714446724) q[3];
rz(pi*-0.002125291919) q[4];
rz(pi*0.000519669748) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00264433175) q[0];
rz(pi*0.007466935334) q[1];
rz(pi*-0.00224130953) q[2];
rz(pi*-0.001442187328) q[3];
rz(pi*-0.003392657829) q[4];
rz(pi*-0.001101721149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-1.8697548e-05) q[0];
rz(pi*0.002443965008) q[1];
rz(pi*-0.001943226468) q[2];
rz(pi*-0.000591337672) q[3];
rz(pi*-0.004508821611) q[4];
rz(pi*-0.002633703157) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
