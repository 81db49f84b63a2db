// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.053903672689) q[0];
ry(pi*0.339823729868) q[1];
ry(pi*0.00943220606) q[2];
ry(pi*0.007833798312) q[3];
ry(pi*0.083059511471) q[4];
ry(pi*0.005838254789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004495729229) q[0];
ry(pi*-0.057420413769) q[1];
ry(pi*0.001552740343) q[2];
ry(pi*-0.561346078909) q[3];
ry(pi*0.171399802672) q[4];
ry(pi*-0.01303220015) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.057327048878) q[0];
ry(pi*-0.504247556777) q[1];
ry(pi*0.147758051497) q[2];
ry(pi*0.004441047399) q[3];
ry(pi*0.143322232573) q[4];
ry(pi*-0.129949566465) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.30483494748) q[0];
ry(pi*-0.02374048061) q[1];
ry(pi*-0.010746592367) q[2];
ry(pi*0.009342216539) q[3];
ry(pi*-0.47683436487) q[4];
ry(pi*-0.48880848334) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023396834346) q[0];
ry(pi*0.454016789855) q[1];
ry(pi*0.502393995218) q[2];
ry(pi*-0.027859945568) q[3];
ry(pi*0.155998143494) q[4];
ry(pi*-0.004625324658) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
