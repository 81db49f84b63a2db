// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.022266317087) q[0];
ry(pi*-0.054766425188) q[1];
ry(pi*0.085265188254) q[2];
ry(pi*0.039689060071) q[3];
ry(pi*-0.010049342703) q[4];
ry(pi*0.001566970645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.013179106136) q[0];
ry(pi*0.379922594175) q[1];
ry(pi*0.02928366767) q[2];
ry(pi*-0.284300913405) q[3];
ry(pi*-0.023630991255) q[4];
ry(pi*0.005152888588) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.017572103569) q[0];
ry(pi*-0.113993865109) q[1];
ry(pi*0.10035493546) q[2];
ry(pi*0.017841852166) q[3];
ry(pi*-0.329094792829) q[4];
ry(pi*0.022747793249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006152775514) q[0];
ry(pi*0.101137589762) q[1];
ry(pi*-0.491226711816) q[2];
ry(pi*-0.038516420941) q[3];
ry(pi*-0.037220883466) q[4];
ry(pi*0.000499799574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.060538769837) q[0];
ry(pi*-0.015786565239) q[1];
ry(pi*0.044946045604) q[2];
ry(pi*-0.032362373067) q[3];
ry(pi*-0.172725219853) q[4];
ry(pi*0.003343441039) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
