// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.33932099) q[0];
ry(pi*-0.308482799733) q[1];
ry(pi*-0.02120849154) q[2];
ry(pi*0.081595915769) q[3];
ry(pi*-0.066995034609) q[4];
ry(pi*0.002707007629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.117796108097) q[0];
ry(pi*-0.040328268542) q[1];
ry(pi*-0.140478900712) q[2];
ry(pi*0.05588632008) q[3];
ry(pi*-0.053497238488) q[4];
ry(pi*0.002480791556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.090351174783) q[0];
ry(pi*-0.16429906212) q[1];
ry(pi*-0.271398173798) q[2];
ry(pi*-0.186115217566) q[3];
ry(pi*-0.159142772074) q[4];
ry(pi*-0.007488791939) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.085087024667) q[0];
ry(pi*-0.153560287711) q[1];
ry(pi*0.01817173726) q[2];
ry(pi*-0.24141370026) q[3];
ry(pi*-0.252500197703) q[4];
ry(pi*0.018915748817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005628462446) q[0];
ry(pi*0.054557853029) q[1];
ry(pi*0.212116229916) q[2];
ry(pi*0.125167608732) q[3];
ry(pi*0.071442517031) q[4];
ry(pi*-0.000470315072) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
