// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.013203251329) q[0];
rx(pi*0.010398728224) q[1];
rx(pi*0.03636234766) q[2];
rx(pi*0.023704935168) q[3];
rx(pi*-0.106146101076) q[4];
rx(pi*-0.085730637187) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.117716014643) q[0];
rx(pi*0.019874065861) q[1];
rx(pi*0.00790456844) q[2];
rx(pi*-0.093563298914) q[3];
rx(pi*0.01736906078) q[4];
rx(pi*-0.012476475326) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.106378479289) q[0];
rx(pi*0.017720482314) q[1];
rx(pi*0.012817575685) q[2];
rx(pi*0.017467320641) q[3];
rx(pi*0.003881781786) q[4];
rx(pi*0.057450936177) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.010444499977) q[0];
rx(pi*-0.108836408239) q[1];
rx(pi*0.114723092153) q[2];
rx(pi*0.045547334667) q[3];
rx(pi*0.044480136582) q[4];
rx(pi*-0.08845521862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.088565962548) q[0];
rx(pi*0.000865423951) q[1];
rx(pi*-0.005640114085) q[2];
rx(pi*0.005845099208) q[3];
rx(pi*-0.016693593017) q[4];
rx(pi*0.001797435428) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
