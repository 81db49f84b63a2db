// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.075951271941) q[0];
ry(pi*-0.076922344599) q[1];
ry(pi*0.121245220819) q[2];
ry(pi*0.026004951567) q[3];
ry(pi*-0.135153127112) q[4];
ry(pi*-0.17008660394) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.125576035071) q[0];
ry(pi*-0.205999150441) q[1];
ry(pi*0.077892677321) q[2];
ry(pi*-0.054923201745) q[3];
ry(pi*-0.133615082347) q[4];
ry(pi*-0.069758320447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016703366353) q[0];
ry(pi*-0.125639176376) q[1];
ry(pi*0.053233446147) q[2];
ry(pi*-0.011415510975) q[3];
ry(pi*0.030436245491) q[4];
ry(pi*0.012118317282) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.16013543572) q[0];
ry(pi*0.015618639821) q[1];
ry(pi*0.015490435036) q[2];
ry(pi*0.155358259119) q[3];
ry(pi*-0.012787269092) q[4];
ry(pi*-0.028805658778) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.133684313903) q[0];
ry(pi*0.003554838358) q[1];
ry(pi*0.194738938521) q[2];
ry(pi*-0.130147622978) q[3];
ry(pi*-0.196035991444) q[4];
ry(pi*-0.003806400391) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
