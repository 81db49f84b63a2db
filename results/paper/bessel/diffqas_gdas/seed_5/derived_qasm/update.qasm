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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.129827125838) q[0];
rx(pi*-0.027321463415) q[1];
rx(pi*0.126637000609) q[2];
rx(pi*-0.21879833679) q[3];
rx(pi*-0.438321128979) q[4];
rx(pi*-0.212207507805) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.248822520289) q[0];
rx(pi*-0.233666425385) q[1];
rx(pi*-0.267145337539) q[2];
rx(pi*-0.10893984766) q[3];
rx(pi*0.205458161513) q[4];
rx(pi*-0.265528404089) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.006026107522) q[0];
rx(pi*0.098487704037) q[1];
rx(pi*-0.038283791338) q[2];
rx(pi*0.249420408488) q[3];
rx(pi*-0.269120552356) q[4];
rx(pi*0.236285157858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.143892505937) q[0];
rx(pi*-0.164835345806) q[1];
rx(pi*-0.271523450851) q[2];
rx(pi*0.203030124127) q[3];
rx(pi*0.148265487121) q[4];
rx(pi*0.111083929418) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.216946653534) q[0];
rx(pi*-0.004366876406) q[1];
rx(pi*-0.098104501965) q[2];
rx(pi*0.466332417784) q[3];
rx(pi*-0.25631241087) q[4];
rx(pi*0.004640054032) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
