// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.000494861435) q[0];
rx(pi*-0.019527450361) q[1];
rx(pi*-0.227572359853) q[2];
rx(pi*-0.002855059983) q[3];
rx(pi*-0.179104085301) q[4];
rx(pi*-0.005507602486) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002321664749) q[0];
rx(pi*0.016723669565) q[1];
rx(pi*-0.109420531709) q[2];
rx(pi*-0.001414945872) q[3];
rx(pi*-0.175461716171) q[4];
rx(pi*0.000932612379) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002476994783) q[0];
rx(pi*0.040326888275) q[1];
rx(pi*-0.230476594233) q[2];
rx(pi*-0.004521679205) q[3];
rx(pi*-0.17547882959) q[4];
rx(pi*0.001729827079) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002323000549) q[0];
rx(pi*-0.016732239318) q[1];
rx(pi*-0.103307759048) q[2];
rx(pi*0.002537706093) q[3];
rx(pi*-0.180943531135) q[4];
rx(pi*-0.001083288235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001985250511) q[0];
rx(pi*-0.020811126312) q[1];
rx(pi*-0.235540496484) q[2];
rx(pi*-0.000946485238) q[3];
rx(pi*-0.171730118209) q[4];
rx(pi*-0.004144503945) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
