// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.038431949525) q[0];
ry(pi*-0.472440086776) q[1];
ry(pi*0.004017279518) q[2];
ry(pi*0.02292797269) q[3];
ry(pi*-0.474007311627) q[4];
ry(pi*0.004464783788) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016014315289) q[0];
ry(pi*-0.073941702221) q[1];
ry(pi*-0.302795585803) q[2];
ry(pi*-0.030534417603) q[3];
ry(pi*-0.549170849313) q[4];
ry(pi*0.004842179013) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018959535547) q[0];
ry(pi*-0.021949910946) q[1];
ry(pi*0.026269367637) q[2];
ry(pi*0.017212842733) q[3];
ry(pi*-0.142402927056) q[4];
ry(pi*-0.055430414439) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.116337948087) q[0];
ry(pi*0.030068361542) q[1];
ry(pi*0.428840105446) q[2];
ry(pi*-0.064790918335) q[3];
ry(pi*0.099454621664) q[4];
ry(pi*-0.021563704065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.04615079611) q[0];
ry(pi*-0.476978140352) q[1];
ry(pi*0.023778205548) q[2];
ry(pi*0.546799142014) q[3];
ry(pi*0.238355122577) q[4];
ry(pi*-0.003031778381) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
