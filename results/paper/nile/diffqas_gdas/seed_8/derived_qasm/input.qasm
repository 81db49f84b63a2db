// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
rx(pi*0.006782223099) q[0];
rx(pi*-9.460476e-06) q[1];
rx(pi*-8.965864e-06) q[2];
rx(pi*-0.000828640685) q[3];
rx(pi*5.0836574e-05) q[4];
rx(pi*0.004667838731) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000312668992) q[0];
rx(pi*4.1945989e-05) q[1];
rx(pi*4.9115914e-05) q[2];
rx(pi*0.057953396198) q[3];
rx(pi*-0.020561103443) q[4];
rx(pi*3.6221824e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*4.688486e-06) q[0];
rx(pi*1.5406439e-05) q[1];
rx(pi*9.74947e-06) q[2];
rx(pi*9.4063696e-05) q[3];
rx(pi*-5.164089e-06) q[4];
rx(pi*-0.001688311891) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001852819991) q[0];
rx(pi*-0.000259235602) q[1];
rx(pi*-0.000169019019) q[2];
rx(pi*-8.567604e-06) q[3];
rx(pi*0.00023362091) q[4];
rx(pi*-0.023293722206) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001975505189) q[0];
rx(pi*1.84988e-07) q[1];
rx(pi*0.009550809449) q[2];
rx(pi*0.169289501891) q[3];
rx(pi*-2.905011e-06) q[4];
rx(pi*-0.000363326043) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
