// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.07885080108) q[0];
ry(pi*-0.004291263188) q[1];
ry(pi*-0.003391237244) q[2];
ry(pi*0.006371226545) q[3];
ry(pi*-0.470651146396) q[4];
ry(pi*0.028594733999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.017403096704) q[0];
ry(pi*-0.002054368379) q[1];
ry(pi*0.232846499121) q[2];
ry(pi*-0.341201454915) q[3];
ry(pi*0.003720341787) q[4];
ry(pi*-0.012262083278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.500163217489) q[0];
ry(pi*0.004493035396) q[1];
ry(pi*-0.286281801073) q[2];
ry(pi*0.068489043627) q[3];
ry(pi*0.051617134055) q[4];
ry(pi*-0.387807630171) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.517771141606) q[0];
ry(pi*-0.497761229686) q[1];
ry(pi*-0.42016804193) q[2];
ry(pi*-0.383601865299) q[3];
ry(pi*0.520119322697) q[4];
ry(pi*-0.183245627422) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.390254962842) q[0];
ry(pi*0.537021498545) q[1];
ry(pi*0.001798185) q[2];
ry(pi*0.076303444083) q[3];
ry(pi*-0.011044219046) q[4];
ry(pi*0.000459555894) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
