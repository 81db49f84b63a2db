// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*1.65e-10) q[0];
rx(pi*-5.1e-10) q[1];
rx(pi*3.77106e-07) q[2];
rx(pi*-8.8e-10) q[3];
rx(pi*-4.22e-10) q[4];
rx(pi*2.986e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.271e-09) q[0];
rx(pi*2.945e-09) q[1];
rx(pi*2.53e-10) q[2];
rx(pi*-5.53608e-07) q[3];
rx(pi*1.488e-09) q[4];
rx(pi*-6.8033e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*6.8484e-08) q[0];
rx(pi*-3.152e-09) q[1];
rx(pi*-3.0e-11) q[2];
rx(pi*3.621e-08) q[3];
rx(pi*8.4888e-08) q[4];
rx(pi*6.90302e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.279e-09) q[0];
rx(pi*-6.565e-09) q[1];
rx(pi*3.83e-10) q[2];
rx(pi*1.08391e-07) q[3];
rx(pi*-3.7713e-08) q[4];
rx(pi*-2.91e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.32e-10) q[0];
rx(pi*1.999473e-06) q[1];
rx(pi*-0.006364367304) q[2];
rx(pi*-1.3613e-08) q[3];
rx(pi*-7.2049e-08) q[4];
rx(pi*-0.003676114533) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
