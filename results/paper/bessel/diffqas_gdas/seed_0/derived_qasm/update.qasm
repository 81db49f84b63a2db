// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.080667351551) q[0];
ry(pi*-0.420317167727) q[1];
ry(pi*0.103897602801) q[2];
ry(pi*-0.192189665277) q[3];
ry(pi*-0.022210513493) q[4];
ry(pi*0.064738249987) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.058593451327) q[0];
ry(pi*-0.013958864722) q[1];
ry(pi*-0.063825082154) q[2];
ry(pi*-0.16836353694) q[3];
ry(pi*-0.470870774923) q[4];
ry(pi*-0.032771276097) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.429192049916) q[0];
ry(pi*-0.046004587373) q[1];
ry(pi*0.20388076727) q[2];
ry(pi*-0.28294018794) q[3];
ry(pi*0.003183443265) q[4];
ry(pi*0.223482025177) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.243800320138) q[0];
ry(pi*0.147671061449) q[1];
ry(pi*0.441997060899) q[2];
ry(pi*0.051525253781) q[3];
ry(pi*-0.002358713634) q[4];
ry(pi*-0.328865412309) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015232757849) q[0];
ry(pi*-0.180043596794) q[1];
ry(pi*-0.390082652347) q[2];
ry(pi*0.368594535709) q[3];
ry(pi*-0.279766919997) q[4];
ry(pi*0.005376173519) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
