// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.136495314956) q[0];
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
ry(pi*1.5482e-08) q[0];
ry(pi*-0.00176448436) q[1];
ry(pi*-0.0001185714) q[2];
ry(pi*0.000924831997) q[3];
ry(pi*1.1673e-08) q[4];
ry(pi*0.318241546347) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.676e-09) q[0];
ry(pi*-7.0e-09) q[1];
ry(pi*-5.526e-09) q[2];
ry(pi*-9.887e-09) q[3];
ry(pi*-0.007093134259) q[4];
ry(pi*0.007112759195) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*5.046e-09) q[0];
ry(pi*0.051530988294) q[1];
ry(pi*-1.4018e-08) q[2];
ry(pi*-0.017246441098) q[3];
ry(pi*-0.005483155507) q[4];
ry(pi*0.017229651402) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-6.075e-09) q[0];
ry(pi*1.9926e-08) q[1];
ry(pi*-0.011380452894) q[2];
ry(pi*-0.000368496932) q[3];
ry(pi*-1.684553e-05) q[4];
ry(pi*7.91948e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500000013914) q[0];
ry(pi*-0.033084632369) q[1];
ry(pi*-0.447168159174) q[2];
ry(pi*-0.497917299508) q[3];
ry(pi*-0.448499932226) q[4];
ry(pi*0.007633064863) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
