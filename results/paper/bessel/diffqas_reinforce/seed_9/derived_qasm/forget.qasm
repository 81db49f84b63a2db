// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.003909644452) q[0];
ry(pi*-0.017420364276) q[1];
ry(pi*0.006707121256) q[2];
ry(pi*-0.238144240487) q[3];
ry(pi*0.03987596298) q[4];
ry(pi*-0.015032826591) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01021762386) q[0];
ry(pi*-0.001986694663) q[1];
ry(pi*-0.017801922833) q[2];
ry(pi*-0.025358922393) q[3];
ry(pi*-0.00984655664) q[4];
ry(pi*0.011821734104) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.218508414233) q[0];
ry(pi*-0.037413931174) q[1];
ry(pi*0.011304845309) q[2];
ry(pi*-0.267052693612) q[3];
ry(pi*-0.015697367238) q[4];
ry(pi*0.450770704506) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.174102299826) q[0];
ry(pi*-0.303337694123) q[1];
ry(pi*-6.3118482e-05) q[2];
ry(pi*-0.05352080264) q[3];
ry(pi*0.354467541612) q[4];
ry(pi*-0.412537392535) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001232597312) q[0];
ry(pi*0.036738385148) q[1];
ry(pi*0.490776716186) q[2];
ry(pi*-0.053522842211) q[3];
ry(pi*0.360745244369) q[4];
ry(pi*0.003219305612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
