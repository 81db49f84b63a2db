// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003121204648) q[0];
ry(pi*-0.000451588155) q[1];
ry(pi*0.000118111784) q[2];
ry(pi*-0.000829512542) q[3];
ry(pi*0.002643170558) q[4];
ry(pi*-0.007160146004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004890562188) q[0];
ry(pi*0.000410305679) q[1];
ry(pi*-0.003704426616) q[2];
ry(pi*0.00101732466) q[3];
ry(pi*-0.002058690164) q[4];
ry(pi*0.002749808369) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003349498089) q[0];
ry(pi*-0.000427146698) q[1];
ry(pi*0.003176332931) q[2];
ry(pi*0.001230191775) q[3];
ry(pi*-0.002787637656) q[4];
ry(pi*-0.004820279423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004361050587) q[0];
ry(pi*0.000453231928) q[1];
ry(pi*-0.001790289965) q[2];
ry(pi*0.000456369139) q[3];
ry(pi*-0.000609278332) q[4];
ry(pi*0.002712489271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003154607653) q[0];
ry(pi*-9.94092e-06) q[1];
ry(pi*-0.001847060873) q[2];
ry(pi*0.001494666838) q[3];
ry(pi*-0.003290904018) q[4];
ry(pi*0.002119601429) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
