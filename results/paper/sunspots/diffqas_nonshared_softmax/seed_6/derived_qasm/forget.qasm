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
ry(pi*-0.296615042487) q[0];
ry(pi*0.060294737613) q[1];
ry(pi*-0.449878036727) q[2];
ry(pi*-0.096724737348) q[3];
ry(pi*0.06024148111) q[4];
ry(pi*0.046042167643) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.03076394279) q[0];
ry(pi*-0.190880033422) q[1];
ry(pi*-0.033438984006) q[2];
ry(pi*0.046872656984) q[3];
ry(pi*-0.086420201702) q[4];
ry(pi*0.010439933474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.054250869228) q[0];
ry(pi*-0.078503955536) q[1];
ry(pi*0.433710485671) q[2];
ry(pi*-0.00455376894) q[3];
ry(pi*-0.482484600915) q[4];
ry(pi*0.176899433046) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030646368672) q[0];
ry(pi*-0.496177915945) q[1];
ry(pi*0.275117743038) q[2];
ry(pi*-0.025632789263) q[3];
ry(pi*-0.035632615466) q[4];
ry(pi*0.310294773029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.045766939478) q[0];
ry(pi*0.057915588255) q[1];
ry(pi*0.008323838298) q[2];
ry(pi*0.000635281853) q[3];
ry(pi*0.021630948226) q[4];
ry(pi*0.001256933863) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
