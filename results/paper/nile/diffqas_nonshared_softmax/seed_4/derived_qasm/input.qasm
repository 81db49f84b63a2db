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
ry(pi*-0.002007422094) q[0];
ry(pi*0.004507176911) q[1];
ry(pi*-0.271173460575) q[2];
ry(pi*-0.000201934736) q[3];
ry(pi*-0.002571431635) q[4];
ry(pi*4.0380659e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.022200173346) q[0];
ry(pi*0.500616096977) q[1];
ry(pi*0.004983425784) q[2];
ry(pi*0.500222943699) q[3];
ry(pi*0.014240859042) q[4];
ry(pi*0.000653742856) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.479318770289) q[0];
ry(pi*0.078363305814) q[1];
ry(pi*-0.917015885597) q[2];
ry(pi*0.014047535044) q[3];
ry(pi*-0.004073351102) q[4];
ry(pi*0.000735402155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.193789162771) q[0];
ry(pi*0.18653127095) q[1];
ry(pi*0.497505059646) q[2];
ry(pi*-0.00052635879) q[3];
ry(pi*-0.499392734206) q[4];
ry(pi*-0.008793917767) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.032788531811) q[0];
ry(pi*0.043055378094) q[1];
ry(pi*0.005730839392) q[2];
ry(pi*-0.002059424913) q[3];
ry(pi*0.004244864444) q[4];
ry(pi*0.000470829745) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
