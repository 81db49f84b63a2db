// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.145187044971) q[0];
ry(pi*0.3351579897) q[1];
ry(pi*0.034372160973) q[2];
ry(pi*0.001790185467) q[3];
ry(pi*-0.001353916175) q[4];
ry(pi*-0.294698586269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.029662366086) q[0];
ry(pi*0.001256889988) q[1];
ry(pi*0.499018439839) q[2];
ry(pi*0.402656081972) q[3];
ry(pi*-0.497950084416) q[4];
ry(pi*0.047136316516) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.304912621909) q[0];
ry(pi*0.175452874871) q[1];
ry(pi*-0.000821393465) q[2];
ry(pi*0.001197320304) q[3];
ry(pi*-0.026664133598) q[4];
ry(pi*0.093252050988) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.115104359004) q[0];
ry(pi*-0.014196547004) q[1];
ry(pi*-0.499813360022) q[2];
ry(pi*0.062315297297) q[3];
ry(pi*0.006670101868) q[4];
ry(pi*-0.077553895195) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017377254636) q[0];
ry(pi*-0.001351385685) q[1];
ry(pi*0.001442641933) q[2];
ry(pi*-0.233226504284) q[3];
ry(pi*-0.197918960762) q[4];
ry(pi*0.001585981339) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
