// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
ry(pi*0.015542478469) q[0];
ry(pi*2.5924157e-05) q[1];
ry(pi*0.000681966152) q[2];
ry(pi*-0.366062394856) q[3];
ry(pi*-0.000757081409) q[4];
ry(pi*-1.1058703e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002598561774) q[0];
ry(pi*0.013915294992) q[1];
ry(pi*0.000703560474) q[2];
ry(pi*0.000862776808) q[3];
ry(pi*-2.50993e-07) q[4];
ry(pi*-5.00509e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000420960656) q[0];
ry(pi*-0.000507364142) q[1];
ry(pi*0.499950798606) q[2];
ry(pi*-2.2603643e-05) q[3];
ry(pi*-0.50000931056) q[4];
ry(pi*1.496226e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.365592364005) q[0];
ry(pi*0.001494335704) q[1];
ry(pi*-0.000331889238) q[2];
ry(pi*0.000332980912) q[3];
ry(pi*1.742612e-06) q[4];
ry(pi*-7.86409e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000413111756) q[0];
ry(pi*-0.026197157359) q[1];
ry(pi*0.492183090082) q[2];
ry(pi*-0.067291104337) q[3];
ry(pi*0.001496193107) q[4];
ry(pi*0.003151836446) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
