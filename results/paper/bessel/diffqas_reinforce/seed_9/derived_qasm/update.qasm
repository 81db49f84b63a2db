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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.038401002602) q[0];
ry(pi*0.520208077211) q[1];
ry(pi*0.024315914562) q[2];
ry(pi*-0.002169378656) q[3];
ry(pi*0.024775130947) q[4];
ry(pi*0.164908599585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.023967347241) q[0];
ry(pi*0.112136233896) q[1];
ry(pi*0.164319268096) q[2];
ry(pi*0.399513511935) q[3];
ry(pi*-0.349277015243) q[4];
ry(pi*0.145382644513) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.019253762547) q[0];
ry(pi*0.030581963309) q[1];
ry(pi*-0.016769900222) q[2];
ry(pi*-0.053423344378) q[3];
ry(pi*-0.051717566295) q[4];
ry(pi*0.054343290225) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.213176465003) q[0];
ry(pi*-0.135445089239) q[1];
ry(pi*0.005417796763) q[2];
ry(pi*-0.106577323171) q[3];
ry(pi*-0.220933472898) q[4];
ry(pi*-0.006273138626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.088871158168) q[0];
ry(pi*0.135268784981) q[1];
ry(pi*0.013865884028) q[2];
ry(pi*-0.001687324715) q[3];
ry(pi*-0.000836518229) q[4];
ry(pi*0.000773292436) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
