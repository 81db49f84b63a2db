// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.134146328769) q[0];
ry(pi*-0.054651829792) q[1];
ry(pi*-0.033107079501) q[2];
ry(pi*-0.106312738719) q[3];
ry(pi*-0.05372068528) q[4];
ry(pi*0.015213340428) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002041982881) q[0];
ry(pi*-0.079386491868) q[1];
ry(pi*0.285002601505) q[2];
ry(pi*-0.09845661719) q[3];
ry(pi*-0.055582575875) q[4];
ry(pi*0.064380599463) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.200030437853) q[0];
ry(pi*0.115451455937) q[1];
ry(pi*-0.284293343278) q[2];
ry(pi*-0.065993648243) q[3];
ry(pi*-0.026814198546) q[4];
ry(pi*0.036274672221) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.087916051076) q[0];
ry(pi*0.350113523689) q[1];
ry(pi*0.042502336728) q[2];
ry(pi*0.478320803761) q[3];
ry(pi*-0.510673474639) q[4];
ry(pi*-0.080740434575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013541211698) q[0];
ry(pi*0.541035335101) q[1];
ry(pi*-0.042442207347) q[2];
ry(pi*0.022398239345) q[3];
ry(pi*-0.006737513819) q[4];
ry(pi*-0.004627765324) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
