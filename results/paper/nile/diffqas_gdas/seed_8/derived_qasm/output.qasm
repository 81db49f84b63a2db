// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001853299794) q[0];
ry(pi*0.000704137142) q[1];
ry(pi*-1.1948377e-05) q[2];
ry(pi*-8.590548e-05) q[3];
ry(pi*0.008884373899) q[4];
ry(pi*3.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022240599528) q[0];
ry(pi*-1.3859e-07) q[1];
ry(pi*-0.081119253942) q[2];
ry(pi*-1.546371e-06) q[3];
ry(0) q[4];
ry(pi*8.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.5059e-07) q[0];
ry(pi*1.216805e-06) q[1];
ry(pi*4.144728e-06) q[2];
ry(pi*-1.95e-10) q[3];
ry(pi*-0.003270419676) q[4];
ry(pi*5.173e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.064427813146) q[0];
ry(pi*0.000240033254) q[1];
ry(0) q[2];
ry(pi*1.06e-10) q[3];
ry(pi*-2.2646e-08) q[4];
ry(pi*3.163956e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002120488109) q[0];
ry(0) q[1];
ry(pi*0.015197253909) q[2];
ry(pi*6.623822e-06) q[3];
ry(pi*0.002253290079) q[4];
ry(pi*-6.9102226e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
