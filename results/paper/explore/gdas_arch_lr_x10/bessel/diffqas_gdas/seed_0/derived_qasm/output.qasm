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
rx(pi*6.4387e-08) q[0];
rx(pi*6.241e-08) q[1];
rx(pi*-7.2934336e-05) q[2];
rx(pi*2.0e-11) q[3];
rx(pi*-1.481e-09) q[4];
rx(pi*-0.541450420875) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.30093e-07) q[0];
rx(pi*-1.578e-09) q[1];
rx(pi*3.1e-11) q[2];
rx(pi*2.6495831e-05) q[3];
rx(pi*4.863e-08) q[4];
rx(pi*0.108283893367) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.1366471e-05) q[0];
rx(pi*-2.0e-12) q[1];
rx(pi*-6.0e-11) q[2];
rx(pi*7.0e-12) q[3];
rx(pi*1.0e-12) q[4];
rx(pi*-2.5553167e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-6.699e-09) q[0];
rx(pi*-0.400227304648) q[1];
rx(pi*-3.8524e-08) q[2];
rx(pi*-4.286834e-06) q[3];
rx(pi*-3.0e-12) q[4];
rx(pi*1.12e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*2.721e-09) q[0];
rx(pi*-1.13e-10) q[1];
rx(pi*0.081956065952) q[2];
rx(pi*0.010070205611) q[3];
rx(pi*-0.015572172005) q[4];
rx(pi*0.003041650138) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
