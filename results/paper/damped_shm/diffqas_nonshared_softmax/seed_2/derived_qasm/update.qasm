// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.027392189075) q[0];
ry(pi*0.005485822957) q[1];
ry(pi*-0.009520616099) q[2];
ry(pi*0.035366005673) q[3];
ry(pi*-0.047276619985) q[4];
ry(pi*0.03371824388) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015498724941) q[0];
ry(pi*-0.136042465173) q[1];
ry(pi*0.461932182248) q[2];
ry(pi*-0.005915372487) q[3];
ry(pi*0.000514134189) q[4];
ry(pi*0.011971046071) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012201605273) q[0];
ry(pi*-0.193969973057) q[1];
ry(pi*0.180161057075) q[2];
ry(pi*0.001936448898) q[3];
ry(pi*-0.070768054823) q[4];
ry(pi*0.008697762103) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002388812861) q[0];
ry(pi*0.256912196342) q[1];
ry(pi*-0.153649374248) q[2];
ry(pi*-0.466327408979) q[3];
ry(pi*0.506173746014) q[4];
ry(pi*0.006846517591) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013073641374) q[0];
ry(pi*0.014640835394) q[1];
ry(pi*-0.017539953062) q[2];
ry(pi*0.022843342378) q[3];
ry(pi*-0.034426771656) q[4];
ry(pi*-0.002661238246) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
