// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.225265899834) q[0];
ry(pi*-0.291220179625) q[1];
ry(pi*-0.033680936343) q[2];
ry(pi*0.007094658601) q[3];
ry(pi*0.036593191453) q[4];
ry(pi*-0.038094303392) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.082827436821) q[0];
ry(pi*-0.032356361078) q[1];
ry(pi*-0.488834703678) q[2];
ry(pi*-0.135915290846) q[3];
ry(pi*-0.502705300062) q[4];
ry(pi*-0.049463912176) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.095684992829) q[0];
ry(pi*-0.196941978092) q[1];
ry(pi*0.00437088766) q[2];
ry(pi*-0.005352471814) q[3];
ry(pi*-0.052787088541) q[4];
ry(pi*-0.160017539066) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.310930473914) q[0];
ry(pi*0.007956988956) q[1];
ry(pi*0.481676096245) q[2];
ry(pi*-0.176836291742) q[3];
ry(pi*-0.11306101305) q[4];
ry(pi*-0.188088459217) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.054204627899) q[0];
ry(pi*0.049511462625) q[1];
ry(pi*0.007354129898) q[2];
ry(pi*0.399358314858) q[3];
ry(pi*0.444233302779) q[4];
ry(pi*-0.001464674481) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
