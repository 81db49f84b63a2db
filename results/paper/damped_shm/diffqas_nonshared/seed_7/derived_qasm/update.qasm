// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01043741247) q[0];
ry(pi*-0.012069056914) q[1];
ry(pi*0.015806413105) q[2];
ry(pi*-0.075914156503) q[3];
ry(pi*0.012235503644) q[4];
ry(pi*-0.009211266634) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.164084537262) q[0];
ry(pi*-0.257104162604) q[1];
ry(pi*0.456590291298) q[2];
ry(pi*-0.037814237177) q[3];
ry(pi*-0.004729632081) q[4];
ry(pi*-0.014866313457) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026997427857) q[0];
ry(pi*0.072865164801) q[1];
ry(pi*-0.055136080717) q[2];
ry(pi*-0.001020602499) q[3];
ry(pi*0.01767369196) q[4];
ry(pi*-0.121603369377) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008484867122) q[0];
ry(pi*-0.264384821722) q[1];
ry(pi*-0.147769387714) q[2];
ry(pi*-0.423146270027) q[3];
ry(pi*0.503877360524) q[4];
ry(pi*0.016736401465) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.10281213396) q[0];
ry(pi*-0.012279542949) q[1];
ry(pi*0.027846351595) q[2];
ry(pi*-0.003401200012) q[3];
ry(pi*0.019230759276) q[4];
ry(pi*-0.001220452752) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
