// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.294454748516) q[0];
rz(pi*-0.173652437006) q[1];
rz(pi*0.071889130768) q[2];
rz(pi*-0.036177671677) q[3];
rz(pi*0.020330463607) q[4];
rz(pi*0.155846437403) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.162991023975) q[0];
rz(pi*-0.150538422295) q[1];
rz(pi*0.078641958559) q[2];
rz(pi*0.316984506948) q[3];
rz(pi*-0.138764788849) q[4];
rz(pi*-0.342833528617) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.188710253077) q[0];
rz(pi*-0.135344675972) q[1];
rz(pi*-0.070390568292) q[2];
rz(pi*-0.153448348499) q[3];
rz(pi*-0.114294061409) q[4];
rz(pi*0.251998937708) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.024363441295) q[0];
rz(pi*-0.055353655445) q[1];
rz(pi*-0.028091038378) q[2];
rz(pi*-0.002836134074) q[3];
rz(pi*-0.41120042095) q[4];
rz(pi*0.098201974456) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.118417048184) q[0];
rz(pi*-0.021017642299) q[1];
rz(pi*0.022346891975) q[2];
rz(pi*-0.035019819432) q[3];
rz(pi*0.088284530295) q[4];
rz(pi*-0.000363323449) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
