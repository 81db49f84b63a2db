// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*6.007097e-06) q[0];
rx(pi*-0.000100729782) q[1];
rx(pi*0.00040724184) q[2];
rx(pi*0.003689267983) q[3];
rx(pi*-0.004380152883) q[4];
rx(pi*-0.000299856032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001329529228) q[0];
rx(pi*1.69415e-07) q[1];
rx(pi*4.339497e-06) q[2];
rx(pi*0.000327750807) q[3];
rx(pi*0.005596386051) q[4];
rx(pi*-0.000557645963) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00031362908) q[0];
rx(pi*0.000435870975) q[1];
rx(pi*0.000417104889) q[2];
rx(pi*-0.001702086995) q[3];
rx(pi*0.003295877843) q[4];
rx(pi*0.001047901985) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.8441e-08) q[0];
rx(pi*-1.5176e-08) q[1];
rx(pi*-0.096651891483) q[2];
rx(pi*0.01354876878) q[3];
rx(pi*0.008395683943) q[4];
rx(pi*0.005326377764) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.454788601231) q[0];
rx(pi*2.1511e-08) q[1];
rx(pi*-0.000407239209) q[2];
rx(pi*-0.003767567327) q[3];
rx(pi*0.002783946271) q[4];
rx(pi*-0.002317988928) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
