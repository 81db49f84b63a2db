// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
rx(pi*-0.002201621803) q[0];
rx(pi*-0.004994770894) q[1];
rx(pi*0.038986575115) q[2];
rx(pi*-0.250478708354) q[3];
rx(pi*0.004298323719) q[4];
rx(pi*0.005929291962) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.971122746927) q[0];
rx(pi*-0.08515409333) q[1];
rx(pi*0.463091417132) q[2];
rx(pi*-0.056934735144) q[3];
rx(pi*-0.008594414582) q[4];
rx(pi*0.002513722762) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.010078384051) q[0];
rx(pi*-0.052541529011) q[1];
rx(pi*-0.026012886919) q[2];
rx(pi*0.030367549915) q[3];
rx(pi*0.00316510729) q[4];
rx(pi*0.00164431483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002353765156) q[0];
rx(pi*-0.001182292035) q[1];
rx(pi*-0.430713967845) q[2];
rx(pi*-0.480813025952) q[3];
rx(pi*-0.009798406771) q[4];
rx(pi*0.001627660167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.389658e-06) q[0];
rx(pi*0.000216883556) q[1];
rx(pi*0.029276031139) q[2];
rx(pi*-0.253336478475) q[3];
rx(pi*0.003819370043) q[4];
rx(pi*-0.000244799194) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
