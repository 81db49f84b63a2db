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
ry(pi*-0.381444170594) q[0];
ry(pi*0.321025872962) q[1];
ry(pi*-0.005706386485) q[2];
ry(pi*-0.010750287309) q[3];
ry(pi*0.492570096189) q[4];
ry(pi*-0.001343146325) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002046256937) q[0];
ry(pi*0.025096799654) q[1];
ry(pi*0.001203957875) q[2];
ry(pi*-0.000977003569) q[3];
ry(pi*0.514781909316) q[4];
ry(pi*-0.006163343928) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001148212088) q[0];
ry(pi*0.150528935921) q[1];
ry(pi*0.002129544186) q[2];
ry(pi*0.007672181333) q[3];
ry(pi*-0.135151182405) q[4];
ry(pi*-0.023409830678) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005776532884) q[0];
ry(pi*-0.001324479661) q[1];
ry(pi*-0.500298151671) q[2];
ry(pi*-0.001198242631) q[3];
ry(pi*0.01355076329) q[4];
ry(pi*-0.114256087455) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.156162513894) q[0];
ry(pi*0.496884461069) q[1];
ry(pi*0.04886561132) q[2];
ry(pi*-0.510280093688) q[3];
ry(pi*-0.504121729514) q[4];
ry(pi*-0.001464693602) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
