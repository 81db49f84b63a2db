// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.5e-11) q[0];
rx(pi*-0.00084158499) q[1];
rx(pi*-0.002358743427) q[2];
rx(pi*0.011528447441) q[3];
rx(pi*0.008031932495) q[4];
rx(pi*0.00056362223) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*8.97087e-06) q[0];
rx(pi*-1.3722e-08) q[1];
rx(pi*-9.31e-09) q[2];
rx(pi*1.03933e-07) q[3];
rx(pi*-0.027155485075) q[4];
rx(pi*-0.003535522915) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.003189e-06) q[0];
rx(pi*-6.513925e-06) q[1];
rx(pi*0.001892149163) q[2];
rx(pi*-3.5969217e-05) q[3];
rx(pi*0.00436147777) q[4];
rx(pi*-0.002651226861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*6.431e-09) q[0];
rx(pi*4.461203e-06) q[1];
rx(pi*-0.063595383841) q[2];
rx(pi*0.102597248619) q[3];
rx(pi*-0.019242383642) q[4];
rx(pi*0.000548898563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-5.797e-09) q[0];
rx(pi*0.00203363087) q[1];
rx(pi*0.002358743576) q[2];
rx(pi*-0.011529573948) q[3];
rx(pi*-0.012393428052) q[4];
rx(pi*-0.000551146166) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
