// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.07014849026) q[0];
ry(pi*0.011039018141) q[1];
ry(pi*0.015014825011) q[2];
ry(pi*0.107388692727) q[3];
ry(pi*0.004997139523) q[4];
ry(pi*-0.001433345732) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.108220666686) q[0];
ry(pi*0.024290775671) q[1];
ry(pi*-0.038953410752) q[2];
ry(pi*-0.007076469072) q[3];
ry(pi*-0.000597346697) q[4];
ry(pi*-0.000450538132) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006024995837) q[0];
ry(pi*0.00069309767) q[1];
ry(pi*-0.00231121625) q[2];
ry(pi*0.000233142182) q[3];
ry(pi*0.004320760475) q[4];
ry(pi*0.004283649484) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.145228424534) q[0];
ry(pi*-0.004289927981) q[1];
ry(pi*-0.001301258055) q[2];
ry(pi*0.002327186856) q[3];
ry(pi*0.001901254896) q[4];
ry(pi*-0.010069500062) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001033290672) q[0];
ry(pi*-0.002338367586) q[1];
ry(pi*-0.134085312412) q[2];
ry(pi*-0.00306633813) q[3];
ry(pi*0.034913771259) q[4];
ry(pi*-6.3470808e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
