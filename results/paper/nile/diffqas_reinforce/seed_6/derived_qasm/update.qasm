// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004102150843) q[0];
rx(pi*0.00019181585) q[1];
rx(pi*0.003059989374) q[2];
rx(pi*0.004748536646) q[3];
rx(pi*-0.003966263874) q[4];
rx(pi*0.002368746512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000420073272) q[0];
rx(pi*-0.001124419818) q[1];
rx(pi*0.001843277144) q[2];
rx(pi*-0.001588848595) q[3];
rx(pi*-0.003428883622) q[4];
rx(pi*-0.000196235722) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000980707702) q[0];
rx(pi*0.000173910023) q[1];
rx(pi*-0.001658061327) q[2];
rx(pi*0.001877261633) q[3];
rx(pi*-0.003296377359) q[4];
rx(pi*-0.000967823798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00030635431) q[0];
rx(pi*0.001440219054) q[1];
rx(pi*-0.003564147752) q[2];
rx(pi*-0.001176978479) q[3];
rx(pi*0.0037641466) q[4];
rx(pi*-0.002095412065) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002923763563) q[0];
rx(pi*0.000787097111) q[1];
rx(pi*0.000308379039) q[2];
rx(pi*0.002797638666) q[3];
rx(pi*-0.002929642447) q[4];
rx(pi*0.000607868012) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
