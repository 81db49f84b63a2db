// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.197990298293) q[0];
ry(pi*0.059419410926) q[1];
ry(pi*-0.044138807364) q[2];
ry(pi*-0.016886583806) q[3];
ry(pi*0.007831616447) q[4];
ry(pi*-0.469167970818) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.482684004493) q[0];
ry(pi*-0.194629465767) q[1];
ry(pi*-0.005543246942) q[2];
ry(pi*-0.018350579123) q[3];
ry(pi*0.01816466161) q[4];
ry(pi*0.027314573936) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00035510484) q[0];
ry(pi*0.003735602991) q[1];
ry(pi*0.00398581114) q[2];
ry(pi*0.006451807955) q[3];
ry(pi*0.036868984056) q[4];
ry(pi*0.063304531619) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.172596413869) q[0];
ry(pi*0.497869602021) q[1];
ry(pi*-0.013076241827) q[2];
ry(pi*-0.023866255698) q[3];
ry(pi*-0.004106465365) q[4];
ry(pi*-0.0055702754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032646686806) q[0];
ry(pi*0.627059366859) q[1];
ry(pi*0.26095117179) q[2];
ry(pi*-0.009374702626) q[3];
ry(pi*0.51072105829) q[4];
ry(pi*0.001584696528) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
