// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.165073852217) q[0];
ry(pi*0.132277418257) q[1];
ry(pi*-0.058846026031) q[2];
ry(pi*-0.018551288263) q[3];
ry(pi*-0.241357294281) q[4];
ry(pi*-0.16065669299) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.110009474257) q[0];
ry(pi*0.175151056401) q[1];
ry(pi*-0.29621602663) q[2];
ry(pi*-0.398002863818) q[3];
ry(pi*0.208879080732) q[4];
ry(pi*-0.123207372899) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.110022252402) q[0];
ry(pi*0.046400842695) q[1];
ry(pi*0.00535357757) q[2];
ry(pi*0.064807951119) q[3];
ry(pi*7.4508352e-05) q[4];
ry(pi*-0.238603343035) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.101345635427) q[0];
ry(pi*0.104016154015) q[1];
ry(pi*0.060912044419) q[2];
ry(pi*0.10350712468) q[3];
ry(pi*0.113510847412) q[4];
ry(pi*-0.293182720647) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.093147482689) q[0];
ry(pi*0.183184630039) q[1];
ry(pi*-0.473946978289) q[2];
ry(pi*-0.065566728217) q[3];
ry(pi*-0.05587495066) q[4];
ry(pi*0.000781304198) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
