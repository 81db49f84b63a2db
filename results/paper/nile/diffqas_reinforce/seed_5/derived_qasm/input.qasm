// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.19807734526) q[0];
ry(pi*0.040220171312) q[1];
ry(pi*-0.005614627162) q[2];
ry(pi*-0.000188837926) q[3];
ry(pi*-2.6273e-08) q[4];
ry(pi*-3.9e-11) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.162426489868) q[0];
ry(pi*-0.016341557241) q[1];
ry(pi*-0.038381999024) q[2];
ry(pi*0.00015455128) q[3];
ry(pi*-9.475e-09) q[4];
ry(pi*-2.5217e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.215811855549) q[0];
ry(pi*-0.132231674962) q[1];
ry(pi*-0.012296287584) q[2];
ry(pi*-0.000119758031) q[3];
ry(pi*-3.3301e-08) q[4];
ry(pi*3.0453e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.121339411025) q[0];
ry(pi*-0.011165882976) q[1];
ry(pi*0.01102277154) q[2];
ry(pi*-0.000537892183) q[3];
ry(pi*0.036807109183) q[4];
ry(pi*-0.007667583999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.27326729301) q[0];
ry(pi*-0.510926722875) q[1];
ry(pi*-0.456904935346) q[2];
ry(pi*-0.00894112198) q[3];
ry(pi*0.018359726359) q[4];
ry(pi*0.001727600449) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
