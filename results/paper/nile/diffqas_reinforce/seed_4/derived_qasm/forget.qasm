// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
ry(pi*0.168879899241) q[0];
ry(pi*0.239777794063) q[1];
ry(pi*0.252604149387) q[2];
ry(pi*0.204816522159) q[3];
ry(pi*0.213218072239) q[4];
ry(pi*-0.096439747705) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.054481758081) q[0];
ry(pi*0.128899206694) q[1];
ry(pi*-0.271381344971) q[2];
ry(pi*0.01601932528) q[3];
ry(pi*-0.089199348757) q[4];
ry(pi*0.034151413054) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.113399733515) q[0];
ry(pi*-0.130782583925) q[1];
ry(pi*-0.105841265938) q[2];
ry(pi*-0.113765879086) q[3];
ry(pi*0.15844140651) q[4];
ry(pi*0.072499455602) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.161293570185) q[0];
ry(pi*-0.063015742683) q[1];
ry(pi*-0.241173638084) q[2];
ry(pi*0.248938918097) q[3];
ry(pi*0.006164130111) q[4];
ry(pi*0.116310665275) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.053978652988) q[0];
ry(pi*-0.197394838607) q[1];
ry(pi*-0.339118209272) q[2];
ry(pi*-0.106512777884) q[3];
ry(pi*-0.197002216566) q[4];
ry(pi*-0.001413016877) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
