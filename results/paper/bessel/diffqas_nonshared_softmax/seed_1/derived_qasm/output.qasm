// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(0) q[0];
ry(0) q[1];
ry(pi*-0.000790920565) q[2];
ry(pi*-0.004760559735) q[3];
ry(pi*0.002762850947) q[4];
ry(pi*-0.0024577161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*1.344408e-06) q[2];
ry(pi*-6.0681e-08) q[3];
ry(pi*-0.001071963728) q[4];
ry(pi*0.000203651047) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*2.655758e-06) q[2];
ry(pi*0.000301019206) q[3];
ry(pi*-0.000589786242) q[4];
ry(pi*-0.000867417127) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-3.0933e-08) q[2];
ry(pi*1.024325e-06) q[3];
ry(pi*0.001068628304) q[4];
ry(pi*-0.00075174814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*0.000792179436) q[2];
ry(pi*0.004758970471) q[3];
ry(pi*-0.002170197449) q[4];
ry(pi*-0.000362465377) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
