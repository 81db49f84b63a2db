// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.017115950096) q[0];
ry(pi*0.370311417593) q[1];
ry(pi*0.040649306406) q[2];
ry(pi*0.114534104613) q[3];
ry(pi*0.116146057716) q[4];
ry(pi*-0.331751243124) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032429391927) q[0];
ry(pi*0.259519032903) q[1];
ry(pi*-0.165775103945) q[2];
ry(pi*-0.342379472819) q[3];
ry(pi*-0.493699467968) q[4];
ry(pi*0.172405491109) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.371510343466) q[0];
ry(pi*0.097112132397) q[1];
ry(pi*0.035678640981) q[2];
ry(pi*0.058064865834) q[3];
ry(pi*-0.00734134108) q[4];
ry(pi*0.238452471746) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012547399015) q[0];
ry(pi*-0.376371654716) q[1];
ry(pi*-0.075586141411) q[2];
ry(pi*-0.279146454229) q[3];
ry(pi*-0.139265346851) q[4];
ry(pi*0.089710910953) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.07330911761) q[0];
ry(pi*-0.25445346105) q[1];
ry(pi*0.302491016284) q[2];
ry(pi*-0.176481463414) q[3];
ry(pi*0.045520725388) q[4];
ry(pi*0.004120706191) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
