// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.025746469224) q[0];
ry(pi*0.034540655574) q[1];
ry(pi*2.8955836e-05) q[2];
ry(pi*-3.7057762e-05) q[3];
ry(pi*-0.007917092232) q[4];
ry(pi*-1.6076629e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.060300405722) q[0];
ry(pi*-0.000443523588) q[1];
ry(pi*-0.003045295574) q[2];
ry(pi*0.000174616832) q[3];
ry(pi*1.0328516e-05) q[4];
ry(pi*-5.78709e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.3672458e-05) q[0];
ry(pi*8.8381e-08) q[1];
ry(pi*-1.3289168e-05) q[2];
ry(pi*-0.002748332645) q[3];
ry(pi*-5.5270416e-05) q[4];
ry(pi*0.002822607987) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000650107722) q[0];
ry(pi*-0.002709539008) q[1];
ry(pi*2.6132947e-05) q[2];
ry(pi*-0.000952244208) q[3];
ry(pi*-0.001028933388) q[4];
ry(pi*-0.000841972227) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001964998882) q[0];
ry(pi*3.14423e-07) q[1];
ry(pi*-0.000272887995) q[2];
ry(pi*-0.014146464879) q[3];
ry(pi*-5.2703361e-05) q[4];
ry(pi*0.00104982431) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
