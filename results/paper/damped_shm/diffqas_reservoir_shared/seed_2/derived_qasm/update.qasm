// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.686845871993) q[0];
rx(pi*1.359580117815) q[1];
rx(pi*0.889430952378) q[2];
rx(pi*0.813411933498) q[3];
rx(pi*1.993269283683) q[4];
rx(pi*0.979185178114) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.585860766205) q[0];
rx(pi*0.530195028033) q[1];
rx(pi*0.978361077845) q[2];
rx(pi*0.175791538417) q[3];
rx(pi*0.966151128121) q[4];
rx(pi*0.793567653666) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.502527022007) q[0];
rx(pi*0.13838516314) q[1];
rx(pi*0.899740591693) q[2];
rx(pi*0.377105406761) q[3];
rx(pi*0.908536357524) q[4];
rx(pi*0.788514603827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.683786857937) q[0];
rx(pi*1.297831716733) q[1];
rx(pi*1.311605172649) q[2];
rx(pi*0.007220195936) q[3];
rx(pi*1.598256524902) q[4];
rx(pi*0.052840345044) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.752675918233) q[0];
rx(pi*0.96673017638) q[1];
rx(pi*0.362724519354) q[2];
rx(pi*1.550399817899) q[3];
rx(pi*1.718471041716) q[4];
rx(pi*1.328316065254) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
