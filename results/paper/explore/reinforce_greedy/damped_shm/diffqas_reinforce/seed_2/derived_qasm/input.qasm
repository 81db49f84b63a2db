// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
ry(pi*4.195098e-06) q[0];
ry(pi*-1.373448e-06) q[1];
ry(pi*0.00031882702) q[2];
ry(pi*0.004471229483) q[3];
ry(pi*0.17290597322) q[4];
ry(pi*-0.001104302406) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-3.764905e-06) q[0];
ry(pi*-0.00021536355) q[1];
ry(pi*-0.000282492633) q[2];
ry(pi*-2.0095176e-05) q[3];
ry(pi*-0.000429994908) q[4];
ry(pi*0.002120108654) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.3175884e-05) q[0];
ry(pi*1.149152e-06) q[1];
ry(pi*1.026796e-06) q[2];
ry(pi*0.000345654819) q[3];
ry(pi*-0.059437700654) q[4];
ry(pi*-0.000282288287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.5922e-08) q[0];
ry(pi*-1.240841e-06) q[1];
ry(pi*-3.3329235e-05) q[2];
ry(pi*3.0057242e-05) q[3];
ry(pi*1.9154611e-05) q[4];
ry(pi*-0.003754595007) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*6.5454608e-05) q[0];
ry(pi*-8.411408e-06) q[1];
ry(pi*-0.000451019602) q[2];
ry(pi*-0.004193995247) q[3];
ry(pi*-0.14892974199) q[4];
ry(pi*-0.000354722236) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
