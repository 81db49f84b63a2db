// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.009229093902) q[0];
ry(pi*-2.0267786e-05) q[1];
ry(pi*0.000235969436) q[2];
ry(pi*-0.001800312615) q[3];
ry(pi*0.054758100895) q[4];
ry(pi*0.01030579852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003479826339) q[0];
ry(pi*-0.000235466177) q[1];
ry(pi*0.025975294791) q[2];
ry(pi*0.004173569898) q[3];
ry(pi*-0.001267381325) q[4];
ry(pi*0.000108395449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*8.4977751e-05) q[0];
ry(pi*-9.6974568e-05) q[1];
ry(pi*-0.002525177261) q[2];
ry(pi*-0.004825503154) q[3];
ry(pi*-0.070347552329) q[4];
ry(pi*-0.246546720231) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.008499511119) q[0];
ry(pi*0.000192937985) q[1];
ry(pi*-0.152854254851) q[2];
ry(pi*0.005854876695) q[3];
ry(pi*0.064976661535) q[4];
ry(pi*-0.159759035378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010210058477) q[0];
ry(pi*-0.000309150993) q[1];
ry(pi*0.000332269471) q[2];
ry(pi*0.003425430582) q[3];
ry(pi*0.076810367443) q[4];
ry(pi*0.002088068278) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
