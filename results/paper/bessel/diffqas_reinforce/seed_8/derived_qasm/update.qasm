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
ry(pi*0.015566441049) q[0];
ry(pi*-0.446305202718) q[1];
ry(pi*-0.074970603815) q[2];
ry(pi*0.149928363079) q[3];
ry(pi*0.021818847205) q[4];
ry(pi*-0.041880082779) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.227505765508) q[0];
ry(pi*0.008032427565) q[1];
ry(pi*0.305583555186) q[2];
ry(pi*-0.000699561523) q[3];
ry(pi*0.425063542072) q[4];
ry(pi*-0.044091892503) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.113194419926) q[0];
ry(pi*0.220498086284) q[1];
ry(pi*-0.010115224384) q[2];
ry(pi*0.01163522488) q[3];
ry(pi*0.000869731654) q[4];
ry(pi*0.011371309216) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005937148458) q[0];
ry(pi*0.485868618139) q[1];
ry(pi*0.061513883691) q[2];
ry(pi*0.08286053478) q[3];
ry(pi*0.038030792119) q[4];
ry(pi*-0.401423650227) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.220934971745) q[0];
ry(pi*-0.459840702433) q[1];
ry(pi*-0.364042897646) q[2];
ry(pi*0.597162073096) q[3];
ry(pi*0.217695090485) q[4];
ry(pi*-0.003877575469) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
