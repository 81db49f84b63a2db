// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.144884828073) q[0];
ry(pi*-0.139201939929) q[1];
ry(pi*0.108193061338) q[2];
ry(pi*0.230688576743) q[3];
ry(pi*0.010217532554) q[4];
ry(pi*-0.043200296684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.152830481998) q[0];
ry(pi*-0.221681928822) q[1];
ry(pi*0.145951172384) q[2];
ry(pi*0.004924175079) q[3];
ry(pi*-0.044106572666) q[4];
ry(pi*-0.006249084739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.142764557113) q[0];
ry(pi*-0.07768430912) q[1];
ry(pi*0.083280838059) q[2];
ry(pi*0.148524569477) q[3];
ry(pi*-0.042679205425) q[4];
ry(pi*-0.003891487236) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.223267822856) q[0];
ry(pi*-0.194271867418) q[1];
ry(pi*0.137987788426) q[2];
ry(pi*-0.167290647031) q[3];
ry(pi*-0.163141667592) q[4];
ry(pi*0.016278209608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.166085953443) q[0];
ry(pi*0.012898307098) q[1];
ry(pi*0.22542454995) q[2];
ry(pi*0.213672052145) q[3];
ry(pi*0.363461686493) q[4];
ry(pi*-0.001212689415) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
