// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.128659438595) q[0];
ry(pi*0.005203780019) q[1];
ry(pi*-0.002076715163) q[2];
ry(pi*-0.003241886146) q[3];
ry(pi*0.009667659044) q[4];
ry(pi*-0.000619102139) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.041630391933) q[0];
ry(pi*0.008790275592) q[1];
ry(pi*-0.003651161812) q[2];
ry(pi*-0.001578984397) q[3];
ry(pi*-0.004927234434) q[4];
ry(pi*-0.002525649209) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.108362118006) q[0];
ry(pi*-0.001336343853) q[1];
ry(pi*0.005247053299) q[2];
ry(pi*-0.003074768552) q[3];
ry(pi*-0.001767584774) q[4];
ry(pi*0.001124416038) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.020288657157) q[0];
ry(pi*-0.007664295192) q[1];
ry(pi*0.002724133794) q[2];
ry(pi*0.004114267611) q[3];
ry(pi*-0.001401145273) q[4];
ry(pi*0.003032453692) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.091054712727) q[0];
ry(pi*0.001675059723) q[1];
ry(pi*0.003610484241) q[2];
ry(pi*0.001721904919) q[3];
ry(pi*0.001104779022) q[4];
ry(pi*-0.003098202267) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
