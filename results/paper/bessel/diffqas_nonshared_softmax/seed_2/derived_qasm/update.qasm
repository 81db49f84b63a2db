// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.008742717436) q[0];
ry(pi*0.556427507905) q[1];
ry(pi*-0.033668502079) q[2];
ry(pi*-0.01200137638) q[3];
ry(pi*0.014358749767) q[4];
ry(pi*-0.018418840697) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004707117359) q[0];
ry(pi*0.015122683896) q[1];
ry(pi*-0.014621237732) q[2];
ry(pi*0.777846076016) q[3];
ry(pi*0.009541114968) q[4];
ry(pi*-0.020046899292) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.043714349053) q[0];
ry(pi*0.105165598961) q[1];
ry(pi*0.004222057423) q[2];
ry(pi*-0.031701326963) q[3];
ry(pi*-0.023440348343) q[4];
ry(pi*0.120195572525) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.469567081538) q[0];
ry(pi*0.023772511352) q[1];
ry(pi*0.047058713235) q[2];
ry(pi*0.001633556837) q[3];
ry(pi*0.504218073127) q[4];
ry(pi*0.514065915763) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.089297874236) q[0];
ry(pi*-0.08037992391) q[1];
ry(pi*-0.082728769047) q[2];
ry(pi*-0.000555476733) q[3];
ry(pi*0.133871195468) q[4];
ry(pi*0.000158126735) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
