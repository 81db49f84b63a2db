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
ry(pi*-0.00064845813) q[0];
ry(pi*-0.000103280968) q[1];
ry(pi*-0.501345295562) q[2];
ry(pi*0.054718983832) q[3];
ry(pi*0.002890007784) q[4];
ry(pi*6.0053545e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.794935892338) q[0];
ry(pi*0.001524346737) q[1];
ry(pi*0.001314178793) q[2];
ry(pi*-0.00134608043) q[3];
ry(pi*-6.4589246e-05) q[4];
ry(pi*-0.000139997321) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003622093488) q[0];
ry(pi*-0.000255971233) q[1];
ry(pi*0.001731857015) q[2];
ry(pi*4.3305741e-05) q[3];
ry(pi*0.001464416719) q[4];
ry(pi*-0.000153555507) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.06720560365) q[0];
ry(pi*-0.00249715481) q[1];
ry(pi*0.000117084773) q[2];
ry(pi*6.0636772e-05) q[3];
ry(pi*6.514035e-06) q[4];
ry(pi*4.3053519e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000524086878) q[0];
ry(pi*-1.727671e-06) q[1];
ry(pi*-0.447560591488) q[2];
ry(pi*-0.004430457641) q[3];
ry(pi*-0.001459053508) q[4];
ry(pi*0.002485910789) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
