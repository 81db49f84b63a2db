// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.024150227928) q[0];
ry(pi*0.433262804716) q[1];
ry(pi*0.206613032665) q[2];
ry(pi*0.086787419234) q[3];
ry(pi*-0.008381760911) q[4];
ry(pi*0.007185491816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.128640190742) q[0];
ry(pi*0.542583928714) q[1];
ry(pi*-0.370606595602) q[2];
ry(pi*0.550061354198) q[3];
ry(pi*-0.011586419858) q[4];
ry(pi*-0.009006558987) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001468144122) q[0];
ry(pi*-0.074100395026) q[1];
ry(pi*0.047721080316) q[2];
ry(pi*0.012950479783) q[3];
ry(pi*-0.045579768579) q[4];
ry(pi*0.000335812039) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018890137979) q[0];
ry(pi*-0.057619395204) q[1];
ry(pi*-0.538160129025) q[2];
ry(pi*-0.028421040866) q[3];
ry(pi*-0.046777176632) q[4];
ry(pi*-0.003778627253) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.015222442603) q[0];
ry(pi*0.572908223136) q[1];
ry(pi*0.055774006156) q[2];
ry(pi*-0.09081627272) q[3];
ry(pi*-0.382136144648) q[4];
ry(pi*-0.002118464398) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
