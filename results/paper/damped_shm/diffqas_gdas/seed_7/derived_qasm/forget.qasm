// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.499674783073) q[0];
ry(pi*-0.009768895254) q[1];
ry(pi*0.000450388684) q[2];
ry(pi*2.1383e-08) q[3];
ry(pi*0.247760387928) q[4];
ry(pi*-5.836e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.483290069946) q[0];
ry(pi*0.515028023799) q[1];
ry(pi*0.000126787388) q[2];
ry(pi*-7.691e-09) q[3];
ry(pi*1.89e-09) q[4];
ry(pi*-0.016709935667) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000159800061) q[0];
ry(pi*-0.00015881383) q[1];
ry(pi*-0.500000431314) q[2];
ry(pi*-0.499999975968) q[3];
ry(pi*-0.500575495297) q[4];
ry(pi*-0.000250789413) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.049623506186) q[0];
ry(pi*4.14044e-07) q[1];
ry(pi*9.6542938e-05) q[2];
ry(pi*0.000187279437) q[3];
ry(pi*-0.148238745033) q[4];
ry(pi*0.127702567037) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*8.5585e-08) q[0];
ry(pi*0.026806825262) q[1];
ry(pi*-0.001395239857) q[2];
ry(pi*0.003009979879) q[3];
ry(pi*1.8941215e-05) q[4];
ry(pi*0.005903480724) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
