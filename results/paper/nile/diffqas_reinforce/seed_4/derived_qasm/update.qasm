// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008934460174) q[0];
ry(pi*-0.010278416101) q[1];
ry(pi*-0.033818548054) q[2];
ry(pi*-0.036500312738) q[3];
ry(pi*-0.03810852821) q[4];
ry(pi*-0.028304401156) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018555906941) q[0];
ry(pi*0.048146003459) q[1];
ry(pi*-0.022508044123) q[2];
ry(pi*0.126283139891) q[3];
ry(pi*-0.002896419387) q[4];
ry(pi*0.035960611585) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003324944685) q[0];
ry(pi*0.070606591997) q[1];
ry(pi*0.208875513855) q[2];
ry(pi*-0.155529364844) q[3];
ry(pi*0.00844154226) q[4];
ry(pi*-0.023674540826) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.094658121319) q[0];
ry(pi*-0.337652981913) q[1];
ry(pi*-0.069323531475) q[2];
ry(pi*0.45820475829) q[3];
ry(pi*0.407813633705) q[4];
ry(pi*-0.141577963527) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.064501422664) q[0];
ry(pi*0.051126579434) q[1];
ry(pi*-0.055172133681) q[2];
ry(pi*-0.032078860927) q[3];
ry(pi*-0.068893609012) q[4];
ry(pi*-0.001424078582) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
