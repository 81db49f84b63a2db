// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.005443611558) q[0];
ry(pi*0.339960143924) q[1];
ry(pi*0.08543574377) q[2];
ry(pi*0.091667466073) q[3];
ry(pi*-0.015347559574) q[4];
ry(pi*-0.004307261661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.117049207939) q[0];
ry(pi*0.036301732103) q[1];
ry(pi*-0.853498161955) q[2];
ry(pi*0.05912888124) q[3];
ry(pi*-0.01209744133) q[4];
ry(pi*-0.004067161243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029963444619) q[0];
ry(pi*-0.031010244629) q[1];
ry(pi*0.025942600003) q[2];
ry(pi*-0.033875006208) q[3];
ry(pi*-0.001270320915) q[4];
ry(pi*0.002357305945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.376605019513) q[0];
ry(pi*0.195664637854) q[1];
ry(pi*-0.03657924174) q[2];
ry(pi*0.014194949736) q[3];
ry(pi*-0.190178003812) q[4];
ry(pi*-0.116808642984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.273754342416) q[0];
ry(pi*-0.43199887821) q[1];
ry(pi*-0.015468732584) q[2];
ry(pi*-0.481127594109) q[3];
ry(pi*-0.453751816461) q[4];
ry(pi*-0.003540657711) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
