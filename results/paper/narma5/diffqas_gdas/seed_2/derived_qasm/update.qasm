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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.083596231531) q[0];
rx(pi*-0.004913194008) q[1];
rx(pi*0.001660986391) q[2];
rx(pi*-0.003284901812) q[3];
rx(pi*0.01127863683) q[4];
rx(pi*-0.00074562891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.123033819689) q[0];
rx(pi*-0.002842076991) q[1];
rx(pi*-0.004375449717) q[2];
rx(pi*-0.004983696146) q[3];
rx(pi*-0.001353933221) q[4];
rx(pi*-0.002300118675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.08361310779) q[0];
rx(pi*-0.006997546592) q[1];
rx(pi*0.007455128356) q[2];
rx(pi*0.006756027071) q[3];
rx(pi*-0.005792532246) q[4];
rx(pi*0.001503504136) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.121372404633) q[0];
rx(pi*-0.004417261206) q[1];
rx(pi*-0.000763681257) q[2];
rx(pi*0.003433917329) q[3];
rx(pi*0.001676363507) q[4];
rx(pi*-0.003920814361) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088275262108) q[0];
rx(pi*-0.004921749235) q[1];
rx(pi*0.005871799793) q[2];
rx(pi*-0.003120381112) q[3];
rx(pi*-0.007379752594) q[4];
rx(pi*0.000252979449) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
