// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
rz(pi*-0.003468245848) q[0];
rz(pi*0.000116124453) q[1];
rz(pi*0.003221263658) q[2];
rz(pi*-5.6614299e-05) q[3];
rz(pi*-0.000572518003) q[4];
rz(pi*0.003612492388) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000975984674) q[0];
rz(pi*0.002524007769) q[1];
rz(pi*-0.003619516455) q[2];
rz(pi*0.00082090551) q[3];
rz(pi*0.00232181416) q[4];
rz(pi*0.001402046775) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002188316719) q[0];
rz(pi*0.002779032626) q[1];
rz(pi*1.520809e-06) q[2];
rz(pi*-0.000440546164) q[3];
rz(pi*0.000821460834) q[4];
rz(pi*-0.004409845233) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*7.1897079e-05) q[0];
rz(pi*9.9742412e-05) q[1];
rz(pi*0.000425218185) q[2];
rz(pi*-0.002033360063) q[3];
rz(pi*0.003703635096) q[4];
rz(pi*-0.004337220816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002274914269) q[0];
rz(pi*-0.001664349755) q[1];
rz(pi*-0.004103588918) q[2];
rz(pi*0.002569926266) q[3];
rz(pi*0.00078708807) q[4];
rz(pi*0.00056157347) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
