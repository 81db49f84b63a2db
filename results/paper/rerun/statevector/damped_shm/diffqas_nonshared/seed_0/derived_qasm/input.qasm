// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.225239888197) q[0];
ry(pi*-0.077272562549) q[1];
ry(pi*-0.015682500904) q[2];
ry(pi*-0.027995169084) q[3];
ry(pi*0.01915593906) q[4];
ry(pi*0.149284807477) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.095580348639) q[0];
ry(pi*0.049295799402) q[1];
ry(pi*0.100205895041) q[2];
ry(pi*-0.188417427689) q[3];
ry(pi*-0.045287578778) q[4];
ry(pi*0.152556060175) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.070202135705) q[0];
ry(pi*0.098270997313) q[1];
ry(pi*-0.306779009045) q[2];
ry(pi*-0.064843321064) q[3];
ry(pi*-0.052797623159) q[4];
ry(pi*0.131481245873) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.227066944827) q[0];
ry(pi*-0.388262976116) q[1];
ry(pi*-0.250047590608) q[2];
ry(pi*-0.069979656522) q[3];
ry(pi*-0.040198803255) q[4];
ry(pi*-0.023232660789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.132793818504) q[0];
ry(pi*-0.377388252483) q[1];
ry(pi*-0.046038482186) q[2];
ry(pi*-0.244879660782) q[3];
ry(pi*-0.426477543013) q[4];
ry(pi*-0.003388791835) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
