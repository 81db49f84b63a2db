// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.137855349161) q[0];
ry(pi*-0.055510782998) q[1];
ry(pi*0.0549408464) q[2];
ry(pi*0.062011975237) q[3];
ry(pi*-0.054278844545) q[4];
ry(pi*-0.001902209463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.096775290234) q[0];
ry(pi*-0.077650025364) q[1];
ry(pi*-0.016625563858) q[2];
ry(pi*-0.005953748426) q[3];
ry(pi*0.001914738294) q[4];
ry(pi*-0.004082271554) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.133403915665) q[0];
ry(pi*-0.093100449247) q[1];
ry(pi*-0.021860805436) q[2];
ry(pi*-0.032164736326) q[3];
ry(pi*-0.024991564938) q[4];
ry(pi*-0.000798574141) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.083847041769) q[0];
ry(pi*-0.079595467197) q[1];
ry(pi*-0.00658942678) q[2];
ry(pi*-0.026150821166) q[3];
ry(pi*-0.001899944294) q[4];
ry(pi*0.001678419382) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.135978840064) q[0];
ry(pi*-0.128253934058) q[1];
ry(pi*0.03920276246) q[2];
ry(pi*0.065323805899) q[3];
ry(pi*0.069180301459) q[4];
ry(pi*-0.003077138959) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
