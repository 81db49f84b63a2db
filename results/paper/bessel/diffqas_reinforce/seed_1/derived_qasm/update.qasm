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
ry(pi*-0.080456346137) q[0];
ry(pi*0.069591763439) q[1];
ry(pi*-0.017281552539) q[2];
ry(pi*0.001685476503) q[3];
ry(pi*-0.000750426422) q[4];
ry(pi*0.098049357674) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001077888932) q[0];
ry(pi*0.311442055082) q[1];
ry(pi*-0.018054735882) q[2];
ry(pi*0.400233983056) q[3];
ry(pi*0.00816446366) q[4];
ry(pi*0.011984557039) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008154915032) q[0];
ry(pi*-0.013131158445) q[1];
ry(pi*-0.091358807927) q[2];
ry(pi*-0.045484074783) q[3];
ry(pi*0.006656312831) q[4];
ry(pi*-0.013985932904) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030773213348) q[0];
ry(pi*0.125053743786) q[1];
ry(pi*0.116605558693) q[2];
ry(pi*-0.116826354044) q[3];
ry(pi*-0.503755517538) q[4];
ry(pi*-0.022889401094) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017490990329) q[0];
ry(pi*0.019182075206) q[1];
ry(pi*-0.026380481534) q[2];
ry(pi*-0.079253236774) q[3];
ry(pi*-0.005004023073) q[4];
ry(pi*0.002922855836) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
