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
ry(pi*0.017308012407) q[0];
ry(pi*0.002912152242) q[1];
ry(pi*0.006540261869) q[2];
ry(pi*0.00458583318) q[3];
ry(pi*-0.50107053223) q[4];
ry(pi*0.231154756127) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000240292166) q[0];
ry(pi*0.013044125708) q[1];
ry(pi*0.001490077953) q[2];
ry(pi*-0.000469406344) q[3];
ry(pi*0.00099233644) q[4];
ry(pi*4.3093817e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00028459229) q[0];
ry(pi*0.142835923104) q[1];
ry(pi*-0.501908330822) q[2];
ry(pi*-0.012698301135) q[3];
ry(pi*-0.501686729129) q[4];
ry(pi*0.00114223634) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.505225981375) q[0];
ry(pi*0.019692842918) q[1];
ry(pi*-0.00842236852) q[2];
ry(pi*0.098194205116) q[3];
ry(pi*0.002239155975) q[4];
ry(pi*0.002880357178) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.13597550086) q[0];
ry(pi*0.017998074957) q[1];
ry(pi*-0.495771329962) q[2];
ry(pi*-0.486704936858) q[3];
ry(pi*5.2046022e-05) q[4];
ry(pi*0.000145716807) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
