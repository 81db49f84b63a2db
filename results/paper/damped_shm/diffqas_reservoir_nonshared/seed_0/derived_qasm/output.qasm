// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.634994291064) q[0];
ry(pi*0.23518652193) q[1];
ry(pi*0.916178883859) q[2];
ry(pi*0.458427270675) q[3];
ry(pi*1.706899942352) q[4];
ry(pi*0.887481692279) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.8859040223) q[0];
ry(pi*1.347628045678) q[1];
ry(pi*0.271614823604) q[2];
ry(pi*0.962646482167) q[3];
ry(pi*1.668953080925) q[4];
ry(pi*0.279840097885) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.565639943103) q[0];
ry(pi*1.997729852557) q[1];
ry(pi*0.534837507612) q[2];
ry(pi*0.365785734249) q[3];
ry(pi*1.29586522938) q[4];
ry(pi*0.212605840643) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.583305089027) q[0];
ry(pi*0.359738284758) q[1];
ry(pi*1.143249964745) q[2];
ry(pi*0.055420003144) q[3];
ry(pi*0.386225340959) q[4];
ry(pi*1.391657570015) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.21814033281) q[0];
ry(pi*0.282598204163) q[1];
ry(pi*0.380265090216) q[2];
ry(pi*1.468748700921) q[3];
ry(pi*1.997680978759) q[4];
ry(pi*0.527103267014) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
