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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069568754239) q[0];
ry(pi*-0.115029378705) q[1];
ry(pi*0.061964462733) q[2];
ry(pi*-0.026428311831) q[3];
ry(pi*0.008859772174) q[4];
ry(pi*-0.012521294886) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.155505942987) q[0];
ry(pi*-0.364299523031) q[1];
ry(pi*0.021979076802) q[2];
ry(pi*0.048053648867) q[3];
ry(pi*-0.003397844207) q[4];
ry(pi*-0.000994662751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08011457106) q[0];
ry(pi*0.111089165896) q[1];
ry(pi*0.13199837657) q[2];
ry(pi*0.022216848019) q[3];
ry(pi*0.155571569721) q[4];
ry(pi*0.039540840223) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.067986910886) q[0];
ry(pi*-0.167495230169) q[1];
ry(pi*0.428880555345) q[2];
ry(pi*0.246306752918) q[3];
ry(pi*-0.143795194714) q[4];
ry(pi*0.054428814629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.217403479353) q[0];
ry(pi*-0.099487216844) q[1];
ry(pi*-0.006410948957) q[2];
ry(pi*-0.305987162447) q[3];
ry(pi*-0.312424748549) q[4];
ry(pi*-0.001212778572) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
