// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022527216084) q[0];
ry(pi*-0.000605829294) q[1];
ry(pi*-0.001317790433) q[2];
ry(pi*-0.026796923859) q[3];
ry(pi*-0.024169969072) q[4];
ry(pi*-4.39912e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016620972453) q[0];
ry(pi*-0.000290944529) q[1];
ry(pi*0.000806664907) q[2];
ry(pi*0.004738669335) q[3];
ry(pi*7.36686e-07) q[4];
ry(pi*8.73043e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.459549e-05) q[0];
ry(pi*-2.8227856e-05) q[1];
ry(pi*-0.000326448654) q[2];
ry(pi*6.53016e-07) q[3];
ry(pi*0.001087295339) q[4];
ry(pi*-2.3102326e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.116778191724) q[0];
ry(pi*-0.004126672527) q[1];
ry(pi*8.2846e-07) q[2];
ry(pi*-2.3034e-05) q[3];
ry(pi*0.000565820549) q[4];
ry(pi*0.004817786285) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001654762589) q[0];
ry(pi*4.6731e-08) q[1];
ry(pi*0.001303439921) q[2];
ry(pi*0.00023274859) q[3];
ry(pi*-0.011820390596) q[4];
ry(pi*-0.002145969102) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
