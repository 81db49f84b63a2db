// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.063383369021) q[0];
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
rx(pi*-7.6872969e-05) q[0];
rx(pi*0.002127495426) q[1];
rx(pi*-0.001081697118) q[2];
rx(pi*0.003348970409) q[3];
rx(pi*-1.7188219e-05) q[4];
rx(pi*0.001857056695) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004108949313) q[0];
rx(pi*0.001103494137) q[1];
rx(pi*-0.005373765759) q[2];
rx(pi*-0.006478574352) q[3];
rx(pi*-0.000969212811) q[4];
rx(pi*-0.002864429852) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000522125607) q[0];
rx(pi*0.007145418408) q[1];
rx(pi*-0.002647547334) q[2];
rx(pi*-0.001986069007) q[3];
rx(pi*0.000653734777) q[4];
rx(pi*0.001569299995) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00056153041) q[0];
rx(pi*-0.000655512361) q[1];
rx(pi*0.002236130118) q[2];
rx(pi*0.00165501294) q[3];
rx(pi*-0.003290186315) q[4];
rx(pi*-0.000251991625) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000112378947) q[0];
rx(pi*-0.003356581742) q[1];
rx(pi*0.000827133759) q[2];
rx(pi*-0.002730941453) q[3];
rx(pi*0.003094215914) q[4];
rx(pi*0.000613525448) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
