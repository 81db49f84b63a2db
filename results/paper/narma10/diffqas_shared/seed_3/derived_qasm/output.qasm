// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.074205409184) q[0];
ry(pi*-0.107430233558) q[1];
ry(pi*0.008693455289) q[2];
ry(pi*0.045929388887) q[3];
ry(pi*-0.031445863659) q[4];
ry(pi*-0.054586544567) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018392741311) q[0];
ry(pi*0.134059907903) q[1];
ry(pi*0.079582451892) q[2];
ry(pi*0.481839299821) q[3];
ry(pi*0.031307142042) q[4];
ry(pi*0.074813167954) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029753869276) q[0];
ry(pi*-0.022442749411) q[1];
ry(pi*0.13681403939) q[2];
ry(pi*0.118638137613) q[3];
ry(pi*0.109593733923) q[4];
ry(pi*-0.028753929582) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.174683624816) q[0];
ry(pi*-0.032261362158) q[1];
ry(pi*0.073577074469) q[2];
ry(pi*-0.073739566567) q[3];
ry(pi*0.091842556075) q[4];
ry(pi*-0.01491020098) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041588153853) q[0];
ry(pi*-0.041867978166) q[1];
ry(pi*0.138766780988) q[2];
ry(pi*0.016155784396) q[3];
ry(pi*-0.003604844592) q[4];
ry(pi*-0.004144619264) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
