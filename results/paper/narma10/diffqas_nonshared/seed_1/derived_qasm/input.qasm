// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.016688808327) q[0];
rx(pi*0.004017849589) q[1];
rx(pi*-0.005685355787) q[2];
rx(pi*0.001634546385) q[3];
rx(pi*0.001581521261) q[4];
rx(pi*-0.004956421931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019031473092) q[0];
rx(pi*0.002101127902) q[1];
rx(pi*-0.001105698163) q[2];
rx(pi*-0.003281588399) q[3];
rx(pi*0.002456860103) q[4];
rx(pi*-0.003219363123) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.020951434524) q[0];
rx(pi*0.000672445242) q[1];
rx(pi*-0.000703224449) q[2];
rx(pi*3.8788224e-05) q[3];
rx(pi*0.007067018865) q[4];
rx(pi*0.000757770802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.023636381887) q[0];
rx(pi*0.001240280237) q[1];
rx(pi*-0.004895884933) q[2];
rx(pi*0.000716538648) q[3];
rx(pi*0.000678508961) q[4];
rx(pi*0.002093384797) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.016748765767) q[0];
rx(pi*-0.000901753354) q[1];
rx(pi*0.003004199713) q[2];
rx(pi*0.001133301287) q[3];
rx(pi*0.0005928078) q[4];
rx(pi*-0.000312109333) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
