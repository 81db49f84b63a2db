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
ry(pi*-0.144884866018) q[0];
ry(pi*-0.139202262465) q[1];
ry(pi*0.108193118256) q[2];
ry(pi*0.230688387016) q[3];
ry(pi*0.01021759303) q[4];
ry(pi*-0.043200443723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.152830510457) q[0];
ry(pi*-0.221681606285) q[1];
ry(pi*0.145951077521) q[2];
ry(pi*0.004924194051) q[3];
ry(pi*-0.044106577409) q[4];
ry(pi*-0.006249129206) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.142764633004) q[0];
ry(pi*-0.077684375524) q[1];
ry(pi*0.083280800114) q[2];
ry(pi*0.148524493586) q[3];
ry(pi*-0.042679143764) q[4];
ry(pi*-0.003891459963) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.223267898747) q[0];
ry(pi*-0.194272152009) q[1];
ry(pi*0.137987807399) q[2];
ry(pi*-0.167290590113) q[3];
ry(pi*-0.163141705538) q[4];
ry(pi*0.016278271269) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.166086370844) q[0];
ry(pi*0.012898165988) q[1];
ry(pi*0.225424455086) q[2];
ry(pi*0.2136722229) q[3];
ry(pi*0.363461686493) q[4];
ry(pi*-0.001212524441) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
