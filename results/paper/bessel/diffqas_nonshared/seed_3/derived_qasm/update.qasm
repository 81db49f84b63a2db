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
ry(pi*-0.053816995691) q[0];
ry(pi*-0.082525978833) q[1];
ry(pi*-0.039669171889) q[2];
ry(pi*-0.007352958331) q[3];
ry(pi*-0.056641772204) q[4];
ry(pi*0.030033937863) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044283118827) q[0];
ry(pi*-0.387459328469) q[1];
ry(pi*0.021544669656) q[2];
ry(pi*0.33482627018) q[3];
ry(pi*-0.177187704975) q[4];
ry(pi*0.022708913346) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037897906995) q[0];
ry(pi*0.582866980455) q[1];
ry(pi*0.070621101406) q[2];
ry(pi*-0.005224481658) q[3];
ry(pi*0.271209907223) q[4];
ry(pi*0.017814425874) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.153757338668) q[0];
ry(pi*-0.020767590971) q[1];
ry(pi*-0.026083527202) q[2];
ry(pi*0.023892815173) q[3];
ry(pi*0.256417519892) q[4];
ry(pi*0.443342494329) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026107122185) q[0];
ry(pi*-0.088394752473) q[1];
ry(pi*0.426591645117) q[2];
ry(pi*0.12668078971) q[3];
ry(pi*-0.320999576733) q[4];
ry(pi*-0.000679937624) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
