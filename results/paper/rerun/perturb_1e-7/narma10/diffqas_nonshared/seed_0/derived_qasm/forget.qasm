// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.004128186493) q[0];
rz(pi*-0.00110029886) q[1];
rz(pi*0.002720228076) q[2];
rz(pi*-0.001556422094) q[3];
rz(pi*0.005604413302) q[4];
rz(pi*0.000634125479) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001215941833) q[0];
rz(pi*0.008124644606) q[1];
rz(pi*-0.001032847036) q[2];
rz(pi*-0.003887273804) q[3];
rz(pi*0.000642668626) q[4];
rz(pi*-0.000123599688) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003394287113) q[0];
rz(pi*-0.002933654294) q[1];
rz(pi*0.00256154209) q[2];
rz(pi*0.002714398403) q[3];
rz(pi*-0.002125283174) q[4];
rz(pi*0.000519637435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002644378589) q[0];
rz(pi*0.007466893238) q[1];
rz(pi*-0.002241337248) q[2];
rz(pi*-0.001442179769) q[3];
rz(pi*-0.003392655161) q[4];
rz(pi*-0.001101743679) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-1.8680084e-05) q[0];
rz(pi*0.00244397316) q[1];
rz(pi*-0.001943235954) q[2];
rz(pi*-0.000591357237) q[3];
rz(pi*-0.004508783073) q[4];
rz(pi*-0.002633755925) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
