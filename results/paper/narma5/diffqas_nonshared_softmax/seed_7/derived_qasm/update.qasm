// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.020513984624) q[0];
rx(pi*0.10473886392) q[1];
rx(pi*-0.001632312344) q[2];
rx(pi*-0.003708471072) q[3];
rx(pi*-0.000271050158) q[4];
rx(pi*0.002259929503) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.229119170027) q[0];
rx(pi*0.089193647447) q[1];
rx(pi*-0.001789888128) q[2];
rx(pi*-0.004991977157) q[3];
rx(pi*-0.000294423564) q[4];
rx(pi*0.00107812157) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.020740094716) q[0];
rx(pi*0.09683916199) q[1];
rx(pi*-0.00516689344) q[2];
rx(pi*-0.006969280755) q[3];
rx(pi*0.001844605829) q[4];
rx(pi*0.003572533706) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.232410865861) q[0];
rx(pi*0.10328046675) q[1];
rx(pi*-0.006398083655) q[2];
rx(pi*-0.007290211897) q[3];
rx(pi*0.002371755175) q[4];
rx(pi*-0.003000642619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001890973594) q[0];
rx(pi*0.105793767664) q[1];
rx(pi*-0.005097376699) q[2];
rx(pi*-0.009645987423) q[3];
rx(pi*0.001984671398) q[4];
rx(pi*-0.002441516338) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
