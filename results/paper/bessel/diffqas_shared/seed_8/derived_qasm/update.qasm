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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.076770107272) q[0];
rx(pi*-0.322187801976) q[1];
rx(pi*-0.097269539798) q[2];
rx(pi*-0.008315317755) q[3];
rx(pi*-0.005765861899) q[4];
rx(pi*-0.000883135381) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.279208153605) q[0];
rx(pi*-0.269174150368) q[1];
rx(pi*-0.094618335467) q[2];
rx(pi*-0.004935324829) q[3];
rx(pi*0.000635602167) q[4];
rx(pi*0.000537142314) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.078644154655) q[0];
rx(pi*-0.317058235046) q[1];
rx(pi*-0.100541959321) q[2];
rx(pi*-0.009365440961) q[3];
rx(pi*0.003617703668) q[4];
rx(pi*0.007163211881) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.281157717267) q[0];
rx(pi*-0.267652251412) q[1];
rx(pi*-0.0975627731) q[2];
rx(pi*-0.006529718951) q[3];
rx(pi*-0.000654235999) q[4];
rx(pi*0.001572817068) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.070287252194) q[0];
rx(pi*-0.321499508635) q[1];
rx(pi*-0.099889382177) q[2];
rx(pi*-0.007124159445) q[3];
rx(pi*0.00444748835) q[4];
rx(pi*-0.001222281102) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
