// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*0.100903598864) q[0];
ry(pi*0.037921741509) q[1];
ry(pi*-0.18240168166) q[2];
ry(pi*0.035704301622) q[3];
ry(pi*-0.053707020159) q[4];
ry(pi*-0.002378014106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094158900896) q[0];
ry(pi*-0.028163753806) q[1];
ry(pi*-0.026028105434) q[2];
ry(pi*0.007590089218) q[3];
ry(pi*0.002211530172) q[4];
ry(pi*0.003239106045) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077031589681) q[0];
ry(pi*0.017082651738) q[1];
ry(pi*0.168097026753) q[2];
ry(pi*-0.003663477794) q[3];
ry(pi*-0.008383222998) q[4];
ry(pi*0.00141268604) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.064422097606) q[0];
ry(pi*-0.036049266492) q[1];
ry(pi*0.0198162808) q[2];
ry(pi*0.015881483525) q[3];
ry(pi*-0.008390851229) q[4];
ry(pi*0.006493192854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.090807592688) q[0];
ry(pi*0.032246257479) q[1];
ry(pi*-0.171637531201) q[2];
ry(pi*0.03793876955) q[3];
ry(pi*0.119130708088) q[4];
ry(pi*-0.003728173678) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
