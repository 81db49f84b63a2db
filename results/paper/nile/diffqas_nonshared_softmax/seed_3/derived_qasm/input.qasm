// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.149921703644) q[0];
ry(pi*0.015601331932) q[1];
ry(pi*-0.023048663082) q[2];
ry(pi*-0.077110027763) q[3];
ry(pi*0.34943877689) q[4];
ry(pi*0.423522385777) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024316099546) q[0];
ry(pi*0.00098844547) q[1];
ry(pi*0.116361455321) q[2];
ry(pi*-0.002907117052) q[3];
ry(pi*-0.042149258637) q[4];
ry(pi*0.042229503873) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101048000447) q[0];
ry(pi*-0.147718075918) q[1];
ry(pi*-0.029439630771) q[2];
ry(pi*0.001126260767) q[3];
ry(pi*-0.198524627787) q[4];
ry(pi*0.072096464955) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.200711255931) q[0];
ry(pi*-0.336375319138) q[1];
ry(pi*-0.201368282184) q[2];
ry(pi*-0.091148267346) q[3];
ry(pi*-0.066246279865) q[4];
ry(pi*0.088938577827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.054366209305) q[0];
ry(pi*-0.045901389855) q[1];
ry(pi*0.003105726147) q[2];
ry(pi*-0.069956727956) q[3];
ry(pi*-0.075717356934) q[4];
ry(pi*0.000365016359) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
