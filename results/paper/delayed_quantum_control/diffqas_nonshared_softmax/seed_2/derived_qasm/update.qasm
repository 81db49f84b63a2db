// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.000126434085) q[0];
ry(pi*0.500180596526) q[1];
ry(pi*-0.001119869175) q[2];
ry(pi*0.000719759272) q[3];
ry(pi*-0.004069078083) q[4];
ry(pi*-0.000181668339) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000949646053) q[0];
ry(pi*-0.000324631865) q[1];
ry(pi*-0.000425442152) q[2];
ry(pi*0.500472663004) q[3];
ry(pi*0.002242567809) q[4];
ry(pi*0.002008191379) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001675662552) q[0];
ry(pi*0.498149260322) q[1];
ry(pi*-0.002114969707) q[2];
ry(pi*0.001945160058) q[3];
ry(pi*-0.00254509005) q[4];
ry(pi*0.012326252668) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.378144620043) q[0];
ry(pi*0.000841771827) q[1];
ry(pi*0.000667767348) q[2];
ry(pi*-0.000172170274) q[3];
ry(pi*0.499553357488) q[4];
ry(pi*0.499496704863) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.4690745e-05) q[0];
ry(pi*-0.504780273586) q[1];
ry(pi*-0.433977697849) q[2];
ry(pi*-0.001373853272) q[3];
ry(pi*0.40066439881) q[4];
ry(pi*0.000158121955) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
