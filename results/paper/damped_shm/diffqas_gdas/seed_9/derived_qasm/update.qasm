// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
ry(pi*0.477759400156) q[0];
ry(pi*0.009640195992) q[1];
ry(pi*0.005114631821) q[2];
ry(pi*0.005266645033) q[3];
ry(pi*-0.18208633562) q[4];
ry(pi*-0.00153068571) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.077290809589) q[0];
ry(pi*-0.014014804682) q[1];
ry(pi*-0.089190232352) q[2];
ry(pi*0.006658937592) q[3];
ry(pi*0.000407997896) q[4];
ry(pi*0.004593439473) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001141145333) q[0];
ry(pi*0.001668976586) q[1];
ry(pi*-0.00196900391) q[2];
ry(pi*-0.00309709414) q[3];
ry(pi*-0.071959344164) q[4];
ry(pi*-0.001993089962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.160390012049) q[0];
ry(pi*-0.02753586495) q[1];
ry(pi*-0.002546710737) q[2];
ry(pi*-0.001171619938) q[3];
ry(pi*0.001452469965) q[4];
ry(pi*-0.001749615507) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.352591781938) q[0];
ry(pi*0.005031767752) q[1];
ry(pi*0.01401204059) q[2];
ry(pi*0.000919917684) q[3];
ry(pi*0.022079784147) q[4];
ry(pi*0.002184268854) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
