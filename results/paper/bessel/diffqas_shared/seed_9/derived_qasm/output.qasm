// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.069990039358) q[0];
rx(pi*-0.136961675826) q[1];
rx(pi*0.020584340316) q[2];
rx(pi*-0.038835454808) q[3];
rx(pi*0.017753472364) q[4];
rx(pi*-0.000174526248) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.229858860541) q[0];
rx(pi*-0.097510664449) q[1];
rx(pi*0.011581970748) q[2];
rx(pi*-0.024568363571) q[3];
rx(pi*0.015172265615) q[4];
rx(pi*0.000738016614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.075435578429) q[0];
rx(pi*-0.065235587366) q[1];
rx(pi*0.018238790507) q[2];
rx(pi*-0.032526814614) q[3];
rx(pi*0.016268781338) q[4];
rx(pi*0.000556199217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.252947252556) q[0];
rx(pi*-0.093109954594) q[1];
rx(pi*0.02161484985) q[2];
rx(pi*-0.022877692537) q[3];
rx(pi*0.018555933029) q[4];
rx(pi*-0.004965585769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.027176978826) q[0];
rx(pi*-0.102905508337) q[1];
rx(pi*0.020888224444) q[2];
rx(pi*-0.047744217581) q[3];
rx(pi*0.014567957513) q[4];
rx(pi*0.002585805566) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
