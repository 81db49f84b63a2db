// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*1.51208e-07) q[0];
rx(pi*6.20563e-07) q[1];
rx(pi*9.7974e-08) q[2];
rx(pi*8.5116e-08) q[3];
rx(pi*4.0081023e-05) q[4];
rx(pi*-6.98238e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*2.548723e-06) q[0];
rx(pi*-6.8694e-08) q[1];
rx(pi*-1.1899389e-05) q[2];
rx(pi*-1.730101e-06) q[3];
rx(pi*5.0086e-07) q[4];
rx(pi*-2.89519e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.36353e-07) q[0];
rx(pi*6.15642e-07) q[1];
rx(pi*0.000254872185) q[2];
rx(pi*-9.12236e-07) q[3];
rx(pi*-0.000541689845) q[4];
rx(pi*-3.24737e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.104948e-06) q[0];
rx(pi*-1.344921e-06) q[1];
rx(pi*5.2136e-08) q[2];
rx(pi*1.556e-09) q[3];
rx(pi*-1.338561e-06) q[4];
rx(pi*1.796178e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.2284888e-05) q[0];
rx(pi*-0.008056056937) q[1];
rx(pi*-3.84597e-07) q[2];
rx(pi*5.364161e-06) q[3];
rx(pi*-5.679025e-06) q[4];
rx(pi*-0.003407697289) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
