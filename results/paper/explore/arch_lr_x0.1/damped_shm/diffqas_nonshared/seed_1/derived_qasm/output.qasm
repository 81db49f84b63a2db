// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.875e-09) q[0];
ry(pi*-0.001121942837) q[1];
ry(pi*3.065558e-06) q[2];
ry(pi*0.000943813564) q[3];
ry(pi*3.058e-09) q[4];
ry(pi*0.39133826879) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.542e-09) q[0];
ry(pi*-6.253e-09) q[1];
ry(pi*3.789e-09) q[2];
ry(pi*-5.053e-09) q[3];
ry(pi*-0.007680487246) q[4];
ry(pi*0.007687358345) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.0069e-08) q[0];
ry(pi*0.056592201157) q[1];
ry(pi*-6.08e-09) q[2];
ry(pi*-0.033847284652) q[3];
ry(pi*-0.004005916324) q[4];
ry(pi*0.033852366976) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.79e-08) q[0];
ry(pi*-5.636e-09) q[1];
ry(pi*-5.56387e-06) q[2];
ry(pi*-5.76071e-07) q[3];
ry(pi*-2.9603e-08) q[4];
ry(pi*2.81464e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500000013914) q[0];
ry(pi*-0.041674290128) q[1];
ry(pi*-0.473577616837) q[2];
ry(pi*-0.499708934019) q[3];
ry(pi*-0.443498640043) q[4];
ry(pi*-0.000578604216) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
