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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024851422737) q[0];
ry(pi*-0.137542450606) q[1];
ry(pi*-0.078259463223) q[2];
ry(pi*-0.000480105603) q[3];
ry(pi*-0.015725021203) q[4];
ry(pi*-0.00180767582) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.122975857945) q[0];
ry(pi*0.069925840323) q[1];
ry(pi*0.113593122732) q[2];
ry(pi*0.00178399457) q[3];
ry(pi*0.003007613029) q[4];
ry(pi*-0.063586523568) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.043632016814) q[0];
ry(pi*0.080329551265) q[1];
ry(pi*0.182246996848) q[2];
ry(pi*0.000382802755) q[3];
ry(pi*0.008279287915) q[4];
ry(pi*0.0040847306) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.050439486119) q[0];
ry(pi*0.408427212365) q[1];
ry(pi*0.022829349976) q[2];
ry(pi*-0.499075661646) q[3];
ry(pi*0.502233789336) q[4];
ry(pi*-0.48091050793) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.183649652085) q[0];
ry(pi*-0.030173935397) q[1];
ry(pi*0.497471895283) q[2];
ry(pi*-0.000266111389) q[3];
ry(pi*0.001102138475) q[4];
ry(pi*0.00205834732) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
