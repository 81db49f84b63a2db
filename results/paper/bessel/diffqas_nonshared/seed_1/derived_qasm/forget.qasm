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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.12239214239) q[0];
ry(pi*0.015218814065) q[1];
ry(pi*0.179425540565) q[2];
ry(pi*0.342489325028) q[3];
ry(pi*0.067903018139) q[4];
ry(pi*-0.005019026366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.306991940192) q[0];
ry(pi*0.116697282442) q[1];
ry(pi*-0.016683894385) q[2];
ry(pi*-0.022252127844) q[3];
ry(pi*-0.032871741539) q[4];
ry(pi*-0.000732033899) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014272235224) q[0];
ry(pi*0.155139588715) q[1];
ry(pi*-0.176773985238) q[2];
ry(pi*-0.236138403655) q[3];
ry(pi*-0.035810859688) q[4];
ry(pi*0.008506170554) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.40342231536) q[0];
ry(pi*-0.138964391641) q[1];
ry(pi*0.288243810858) q[2];
ry(pi*-0.310281852588) q[3];
ry(pi*-0.088476325802) q[4];
ry(pi*-0.001763362745) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.490111266033) q[0];
ry(pi*0.057569349839) q[1];
ry(pi*-0.495875869802) q[2];
ry(pi*0.093948796688) q[3];
ry(pi*0.348057484967) q[4];
ry(pi*-0.003584662035) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
