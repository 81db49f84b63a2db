// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003701144923) q[0];
rx(pi*0.000139747794) q[1];
rx(pi*-0.001105275945) q[2];
rx(pi*0.000407125076) q[3];
rx(pi*0.00231720482) q[4];
rx(pi*0.007025961839) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001673993099) q[0];
rx(pi*0.003684444755) q[1];
rx(pi*-0.002758447787) q[2];
rx(pi*0.003039505032) q[3];
rx(pi*0.003821221665) q[4];
rx(pi*-0.004376701325) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003443880986) q[0];
rx(pi*-0.000327109662) q[1];
rx(pi*0.004430492919) q[2];
rx(pi*-0.001206334656) q[3];
rx(pi*0.001249651292) q[4];
rx(pi*0.004482778847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001596909938) q[0];
rx(pi*0.003139899326) q[1];
rx(pi*0.002659563901) q[2];
rx(pi*-0.001502854913) q[3];
rx(pi*-0.00280243551) q[4];
rx(pi*0.006422319562) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001928657621) q[0];
rx(pi*0.002477564114) q[1];
rx(pi*0.001734101135) q[2];
rx(pi*-0.005679420875) q[3];
rx(pi*0.001347343452) q[4];
rx(pi*-4.5245992e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
