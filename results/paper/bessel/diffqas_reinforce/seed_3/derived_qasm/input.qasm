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
rx(pi*8.8e-11) q[0];
rx(pi*-8.4e-11) q[1];
rx(pi*-1.07242e-07) q[2];
rx(pi*-4.04e-10) q[3];
rx(pi*-7.4e-11) q[4];
rx(pi*5.355e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.34e-10) q[0];
rx(pi*-2.1991e-08) q[1];
rx(pi*-2.4e-11) q[2];
rx(pi*2.9583e-08) q[3];
rx(pi*2.056e-09) q[4];
rx(pi*-7.725e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.4877e-08) q[0];
rx(pi*3.94e-10) q[1];
rx(pi*2.05e-10) q[2];
rx(pi*-2.134e-09) q[3];
rx(pi*1.00495e-07) q[4];
rx(pi*6.391e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.635e-09) q[0];
rx(pi*-9.111e-09) q[1];
rx(pi*-7.0e-12) q[2];
rx(pi*-2.8367e-08) q[3];
rx(pi*9.954e-09) q[4];
rx(pi*-6.324e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*2.1e-10) q[0];
rx(pi*2.175217e-06) q[1];
rx(pi*-0.00633614297) q[2];
rx(pi*-1.4765e-08) q[3];
rx(pi*-8.2132e-08) q[4];
rx(pi*-0.003676118387) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
