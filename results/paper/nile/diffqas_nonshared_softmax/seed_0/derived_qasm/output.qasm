// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.022129198668) q[0];
ry(pi*0.417677413449) q[1];
ry(pi*0.009189606278) q[2];
ry(pi*-8.3498766e-05) q[3];
ry(pi*0.48504140634) q[4];
ry(pi*0.117489461062) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005622283259) q[0];
ry(pi*-0.102948538529) q[1];
ry(pi*-0.497819134512) q[2];
ry(pi*-5.833073e-06) q[3];
ry(pi*0.010101888914) q[4];
ry(pi*-0.024925696301) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002322879746) q[0];
ry(pi*0.015501190212) q[1];
ry(pi*-0.037122227549) q[2];
ry(pi*-0.105728880867) q[3];
ry(pi*0.002690072969) q[4];
ry(pi*0.055036146512) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.23122376001) q[0];
ry(pi*0.005774805771) q[1];
ry(pi*5.2586083e-05) q[2];
ry(pi*-0.004068199704) q[3];
ry(pi*0.009133427379) q[4];
ry(pi*-0.009672762121) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000715566666) q[0];
ry(pi*-0.102317448023) q[1];
ry(pi*-0.096824998833) q[2];
ry(pi*0.002448130119) q[3];
ry(pi*0.002685655876) q[4];
ry(pi*0.003707743882) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
