// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.003450565619) q[0];
rx(pi*0.332082848809) q[1];
rx(pi*0.001282066973) q[2];
rx(pi*-0.001561916928) q[3];
rx(pi*-0.005773264235) q[4];
rx(pi*-0.000866679858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000590160509) q[0];
rx(pi*-3.7103774e-05) q[1];
rx(pi*-0.00334171778) q[2];
rx(pi*0.001826993635) q[3];
rx(pi*0.000635393837) q[4];
rx(pi*0.00053149581) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00035525199) q[0];
rx(pi*0.334898556348) q[1];
rx(pi*-0.001997900146) q[2];
rx(pi*-0.002597090497) q[3];
rx(pi*0.003610441256) q[4];
rx(pi*0.007157221236) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000631800725) q[0];
rx(pi*0.000106955104) q[1];
rx(pi*-0.006275371481) q[2];
rx(pi*0.000236078937) q[3];
rx(pi*-0.000669654321) q[4];
rx(pi*0.001585800505) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003034092759) q[0];
rx(pi*0.332774709026) q[1];
rx(pi*-0.001352887052) q[2];
rx(pi*-0.00036099888) q[3];
rx(pi*0.004445115867) q[4];
rx(pi*-0.00122241658) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
