// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*0.001547604213) q[1];
ry(pi*0.008003109927) q[2];
ry(pi*0.142718225663) q[3];
ry(pi*-0.011175077644) q[4];
ry(pi*-0.037738863194) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*0.000176927227) q[1];
ry(pi*0.008485036691) q[2];
ry(pi*-0.027637648998) q[3];
ry(pi*0.002341654466) q[4];
ry(pi*-0.020563330369) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-0.00262116306) q[1];
ry(pi*-0.002669574101) q[2];
ry(pi*0.012988490497) q[3];
ry(pi*-0.00413156631) q[4];
ry(pi*-0.021989020893) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*0.000663988436) q[1];
ry(pi*-0.021223259452) q[2];
ry(pi*-0.003100479886) q[3];
ry(pi*-0.003417202932) q[4];
ry(pi*-0.017566597914) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*0.000728631848) q[1];
ry(pi*-0.01860816026) q[2];
ry(pi*0.15017270361) q[3];
ry(pi*-0.006946574526) q[4];
ry(pi*-0.001517181857) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
