// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016120969404) q[0];
ry(pi*-0.036065452618) q[1];
ry(pi*0.017159660936) q[2];
ry(pi*-0.164546352913) q[3];
ry(pi*-0.012608371497) q[4];
ry(pi*0.101535258553) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002075731397) q[0];
ry(pi*0.157355283109) q[1];
ry(pi*0.319360179551) q[2];
ry(pi*-0.133781862286) q[3];
ry(pi*-0.029456008995) q[4];
ry(pi*-0.006120749516) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.051819393032) q[0];
ry(pi*-0.190331702041) q[1];
ry(pi*0.174635263282) q[2];
ry(pi*-0.081763312321) q[3];
ry(pi*-0.040432286632) q[4];
ry(pi*0.01469816748) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015576159839) q[0];
ry(pi*0.227442073994) q[1];
ry(pi*-0.104761062035) q[2];
ry(pi*0.43528985308) q[3];
ry(pi*-0.426014570023) q[4];
ry(pi*-0.166985698057) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02873486197) q[0];
ry(pi*-0.007807668096) q[1];
ry(pi*0.003734424012) q[2];
ry(pi*-0.060458277955) q[3];
ry(pi*-0.02360776624) q[4];
ry(pi*-0.003241220321) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
