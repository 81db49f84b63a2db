// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
ry(pi*0.151549290292) q[0];
ry(pi*0.494563828408) q[1];
ry(pi*0.020144326723) q[2];
ry(pi*-0.021273186238) q[3];
ry(pi*0.346828012971) q[4];
ry(pi*0.110255731035) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.239581520988) q[0];
ry(pi*-0.000775158213) q[1];
ry(pi*0.001263434697) q[2];
ry(pi*0.410326650028) q[3];
ry(pi*-0.088597571146) q[4];
ry(pi*0.013455909038) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002433569424) q[0];
ry(pi*-0.403466483917) q[1];
ry(pi*-0.004054994672) q[2];
ry(pi*-0.125485952465) q[3];
ry(pi*-0.243193325021) q[4];
ry(pi*0.32721478326) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001770532813) q[0];
ry(pi*0.003524785822) q[1];
ry(pi*0.011372585133) q[2];
ry(pi*0.158360212636) q[3];
ry(pi*-0.194619524047) q[4];
ry(pi*-0.598079177774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.056992568823) q[0];
ry(pi*-0.060223864914) q[1];
ry(pi*-0.025028030559) q[2];
ry(pi*0.114246363922) q[3];
ry(pi*-0.18487559515) q[4];
ry(pi*0.010484033255) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
