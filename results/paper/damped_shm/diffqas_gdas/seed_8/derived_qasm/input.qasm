// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rx(pi*0.083020550934) q[0];
rx(pi*0.001619134881) q[1];
rx(pi*-0.003823277836) q[2];
rx(pi*0.000776351421) q[3];
rx(pi*0.002924966258) q[4];
rx(pi*0.004433989833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.050580496323) q[0];
rx(pi*-0.001062325869) q[1];
rx(pi*9.2263657e-05) q[2];
rx(pi*0.00032265592) q[3];
rx(pi*0.002733106422) q[4];
rx(pi*0.003363458473) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09375985658) q[0];
rx(pi*-0.001389270556) q[1];
rx(pi*0.002169758852) q[2];
rx(pi*0.001176689664) q[3];
rx(pi*-0.001984094211) q[4];
rx(pi*-0.003869550886) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.041524917685) q[0];
rx(pi*0.001087926405) q[1];
rx(pi*0.000948262228) q[2];
rx(pi*0.004080944944) q[3];
rx(pi*0.00019939713) q[4];
rx(pi*-0.001474610272) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.085739554379) q[0];
rx(pi*-0.000245441025) q[1];
rx(pi*0.001029784197) q[2];
rx(pi*-0.00528797218) q[3];
rx(pi*-0.003871354483) q[4];
rx(pi*-0.001393543871) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
