// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.017243962783) q[0];
ry(pi*0.30031440575) q[1];
ry(pi*0.067072386502) q[2];
ry(pi*-0.238567313787) q[3];
ry(pi*0.022218372954) q[4];
ry(pi*0.296722086729) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.079512518344) q[0];
ry(pi*0.232760173119) q[1];
ry(pi*-0.303681973602) q[2];
ry(pi*0.072283057185) q[3];
ry(pi*-0.036561895905) q[4];
ry(pi*0.144690499705) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.454548520082) q[0];
ry(pi*0.013375263002) q[1];
ry(pi*0.459529245807) q[2];
ry(pi*-0.189681088577) q[3];
ry(pi*-0.15028781127) q[4];
ry(pi*0.286459480855) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.07746259359) q[0];
ry(pi*0.061982088416) q[1];
ry(pi*0.129902077678) q[2];
ry(pi*-0.102455958567) q[3];
ry(pi*0.195376043388) q[4];
ry(pi*0.208895321404) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.389013651851) q[0];
ry(pi*0.304140753614) q[1];
ry(pi*0.028316100226) q[2];
ry(pi*-0.096151323995) q[3];
ry(pi*0.107126166817) q[4];
ry(pi*0.003835825344) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
