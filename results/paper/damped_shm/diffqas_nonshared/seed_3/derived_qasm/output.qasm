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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.250743188457) q[0];
ry(pi*-0.184797825857) q[1];
ry(pi*-0.125819189806) q[2];
ry(pi*-0.109884899195) q[3];
ry(pi*-0.113487435041) q[4];
ry(pi*1.222872e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.165796182668) q[0];
ry(pi*-0.244996248316) q[1];
ry(pi*-0.152958766232) q[2];
ry(pi*-0.058800036091) q[3];
ry(pi*-0.015901586336) q[4];
ry(pi*1.51325e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.111104268203) q[0];
ry(pi*-0.085273583695) q[1];
ry(pi*-0.121791958489) q[2];
ry(pi*-0.13974464589) q[3];
ry(pi*-0.107174746537) q[4];
ry(pi*2.857e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012241663858) q[0];
ry(pi*-0.041498147138) q[1];
ry(pi*-0.12102109575) q[2];
ry(pi*-0.1698211752) q[3];
ry(pi*-0.17185772891) q[4];
ry(pi*1.642826e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.049264342586) q[0];
ry(pi*-0.111564319389) q[1];
ry(pi*-0.005014156892) q[2];
ry(pi*-0.161210109068) q[3];
ry(pi*-0.17088087905) q[4];
ry(pi*0.000575228697) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
