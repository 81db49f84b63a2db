// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.168242851292) q[0];
ry(pi*-0.02159679728) q[1];
ry(pi*0.000343237794) q[2];
ry(pi*0.458750945751) q[3];
ry(pi*0.481156508577) q[4];
ry(pi*-0.369537025923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03827184325) q[0];
ry(pi*-0.154793051479) q[1];
ry(pi*0.014111450673) q[2];
ry(pi*-0.008331937882) q[3];
ry(pi*-0.490226051157) q[4];
ry(pi*-0.005395712485) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.058120531875) q[0];
ry(pi*-0.001050534899) q[1];
ry(pi*0.045331225584) q[2];
ry(pi*0.043552966861) q[3];
ry(pi*0.001416392248) q[4];
ry(pi*-0.266270542088) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.351345234469) q[0];
ry(pi*0.022772960599) q[1];
ry(pi*0.000870128525) q[2];
ry(pi*-0.01787784584) q[3];
ry(pi*-0.078871272674) q[4];
ry(pi*-0.086920864055) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01906822449) q[0];
ry(pi*-0.181030710911) q[1];
ry(pi*0.177590572299) q[2];
ry(pi*0.024400184392) q[3];
ry(pi*0.127383388503) q[4];
ry(pi*-0.003542967347) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
