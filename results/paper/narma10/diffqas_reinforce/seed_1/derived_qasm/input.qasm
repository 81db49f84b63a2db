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
rx(pi*0.030359911972) q[0];
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
ry(pi*-0.001159896262) q[0];
ry(pi*-0.0003204337) q[1];
ry(pi*-6.0418613e-05) q[2];
ry(pi*-0.000620119997) q[3];
ry(pi*-0.001277424727) q[4];
ry(pi*0.000152149023) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004150307531) q[0];
ry(pi*-0.00128268418) q[1];
ry(pi*0.00184085797) q[2];
ry(pi*-0.002264503121) q[3];
ry(pi*-0.000924434014) q[4];
ry(pi*-0.001725884157) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003283410969) q[0];
ry(pi*0.000138369815) q[1];
ry(pi*-0.004035353135) q[2];
ry(pi*-0.00079903675) q[3];
ry(pi*0.00111248722) q[4];
ry(pi*0.000613612382) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001843869153) q[0];
ry(pi*0.001323046922) q[1];
ry(pi*0.001354317123) q[2];
ry(pi*-0.000134265652) q[3];
ry(pi*0.002795537434) q[4];
ry(pi*0.007274502462) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034857007169) q[0];
ry(pi*0.039532866926) q[1];
ry(pi*0.011400399181) q[2];
ry(pi*0.084231315801) q[3];
ry(pi*-0.033014722537) q[4];
ry(pi*0.007632871578) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
