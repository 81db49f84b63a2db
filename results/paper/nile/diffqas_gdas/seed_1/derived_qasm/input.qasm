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
ry(pi*0.26300318829) q[0];
ry(pi*0.372893988009) q[1];
ry(pi*-0.002039703928) q[2];
ry(pi*-1.19701e-07) q[3];
ry(pi*-3.040624e-06) q[4];
ry(pi*-0.054590196821) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.097143200271) q[0];
ry(pi*-0.005012910027) q[1];
ry(pi*2.755263e-06) q[2];
ry(pi*0.003176190635) q[3];
ry(pi*-7.503109e-06) q[4];
ry(pi*0.046794370684) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003682399256) q[0];
ry(pi*3.0071842e-05) q[1];
ry(pi*3.95333e-07) q[2];
ry(pi*4.025888e-06) q[3];
ry(pi*-2.1129923e-05) q[4];
ry(pi*0.004311469165) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.5862843e-05) q[0];
ry(pi*-0.041868974235) q[1];
ry(pi*0.448099076013) q[2];
ry(pi*-0.005528041471) q[3];
ry(pi*4.4099929e-05) q[4];
ry(pi*6.343087e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.222343e-06) q[0];
ry(pi*0.357077888131) q[1];
ry(pi*0.002757860818) q[2];
ry(pi*-6.3869726e-05) q[3];
ry(pi*-0.003974799239) q[4];
ry(pi*-0.000999175597) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
