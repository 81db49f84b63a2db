// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.000655809625) q[0];
rx(pi*-0.002088407564) q[1];
rx(pi*-0.000846943383) q[2];
rx(pi*-0.006802365043) q[3];
rx(pi*-0.002578595922) q[4];
rx(pi*-0.000217588512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004741505167) q[0];
rx(pi*0.00392763536) q[1];
rx(pi*0.007460306137) q[2];
rx(pi*0.005648907953) q[3];
rx(pi*-0.002524445625) q[4];
rx(pi*0.00187154639) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001132811553) q[0];
rx(pi*-0.000502674242) q[1];
rx(pi*-0.004649265894) q[2];
rx(pi*0.003298442721) q[3];
rx(pi*0.005729070184) q[4];
rx(pi*0.002975362619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005291437671) q[0];
rx(pi*-0.002638985289) q[1];
rx(pi*0.002605761043) q[2];
rx(pi*0.004536050765) q[3];
rx(pi*-0.002427908283) q[4];
rx(pi*0.0001020388) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002377847057) q[0];
rx(pi*0.001305756671) q[1];
rx(pi*-0.003066315303) q[2];
rx(pi*0.00148823478) q[3];
rx(pi*-0.001150181104) q[4];
rx(pi*0.003335377028) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
