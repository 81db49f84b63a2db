// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
rx(pi*-1.3911e-08) q[0];
rx(pi*8.4731e-08) q[1];
rx(pi*2.725e-09) q[2];
rx(pi*1.91671e-07) q[3];
rx(pi*-5.602e-08) q[4];
rx(pi*6.1e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*5.33e-09) q[0];
rx(pi*7.12e-10) q[1];
rx(pi*-1.7137e-08) q[2];
rx(pi*-2.06e-10) q[3];
rx(pi*-7.616728e-06) q[4];
rx(pi*-2.5e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.0645e-08) q[0];
rx(pi*-1.0497e-08) q[1];
rx(pi*-2.0e-12) q[2];
rx(pi*1.954e-09) q[3];
rx(pi*2.7277e-08) q[4];
rx(pi*2.7e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*2.961411e-06) q[0];
rx(pi*-5.07e-10) q[1];
rx(pi*-2.046e-08) q[2];
rx(pi*-2.51e-10) q[3];
rx(pi*2.1196e-08) q[4];
rx(pi*4.01e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*6.475e-09) q[0];
rx(pi*1.935e-09) q[1];
rx(pi*9.0e-11) q[2];
rx(pi*-0.00012201954) q[3];
rx(pi*-1.08e-10) q[4];
rx(pi*-0.003676107715) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
