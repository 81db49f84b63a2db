// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.8833039e-05) q[0];
rx(pi*-3.454052e-06) q[1];
rx(pi*-0.000142938865) q[2];
rx(pi*-0.003059758737) q[3];
rx(pi*-0.167141388425) q[4];
rx(pi*0.004332358753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.803286e-05) q[0];
rx(pi*-1.216947e-06) q[1];
rx(pi*-8.144341e-05) q[2];
rx(pi*-1.1284043e-05) q[3];
rx(pi*0.235478607381) q[4];
rx(pi*-0.004201266256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.7000971e-05) q[0];
rx(pi*-4.572667e-06) q[1];
rx(pi*-5.55e-10) q[2];
rx(pi*-1.88894e-07) q[3];
rx(pi*-0.169190995385) q[4];
rx(pi*-0.001531046192) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.9941722e-05) q[0];
rx(pi*-1.382617e-06) q[1];
rx(pi*5.6e-11) q[2];
rx(pi*-1.86855e-07) q[3];
rx(pi*0.234340299438) q[4];
rx(pi*0.004238929235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.9432837e-05) q[0];
rx(pi*-2.048602e-06) q[1];
rx(pi*0.000142939301) q[2];
rx(pi*0.00306848205) q[3];
rx(pi*-0.163669394569) q[4];
rx(pi*8.829365e-06) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
