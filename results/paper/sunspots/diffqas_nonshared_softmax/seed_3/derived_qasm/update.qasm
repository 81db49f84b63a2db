// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.077772684178) q[0];
ry(pi*-0.08392973449) q[1];
ry(pi*0.105436605689) q[2];
ry(pi*-0.076203192084) q[3];
ry(pi*-0.104892751876) q[4];
ry(pi*-0.033508685138) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.032532819489) q[0];
ry(pi*-0.000817029067) q[1];
ry(pi*-0.09460085208) q[2];
ry(pi*-0.179799986714) q[3];
ry(pi*0.333009326024) q[4];
ry(pi*-0.039810322017) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.088997364885) q[0];
ry(pi*-0.042675643292) q[1];
ry(pi*0.069023197622) q[2];
ry(pi*-0.068437594278) q[3];
ry(pi*0.214723009558) q[4];
ry(pi*-0.120219269487) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.221799977258) q[0];
ry(pi*0.132221562488) q[1];
ry(pi*-0.035340382977) q[2];
ry(pi*0.008081169147) q[3];
ry(pi*0.219617447227) q[4];
ry(pi*-0.034891639548) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024826373967) q[0];
ry(pi*-0.019052332442) q[1];
ry(pi*0.356357151391) q[2];
ry(pi*0.071624892568) q[3];
ry(pi*-0.224706716041) q[4];
ry(pi*-0.008330720662) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
