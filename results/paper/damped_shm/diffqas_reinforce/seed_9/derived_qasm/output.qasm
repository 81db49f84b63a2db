// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.036398054371) q[0];
ry(pi*-1.32691e-06) q[1];
ry(pi*0.00012082144) q[2];
ry(pi*0.03108124065) q[3];
ry(pi*0.511775373879) q[4];
ry(pi*-0.007471489386) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.57474e-06) q[0];
ry(pi*6.682348e-06) q[1];
ry(pi*0.000220954748) q[2];
ry(pi*0.005410611428) q[3];
ry(pi*0.046900423601) q[4];
ry(pi*0.026940312772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*4.7414647e-05) q[0];
ry(pi*1.4027662e-05) q[1];
ry(pi*6.698403e-06) q[2];
ry(pi*0.000497738697) q[3];
ry(pi*-0.250525646932) q[4];
ry(pi*0.083182625631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.766665e-06) q[0];
ry(pi*8.2748046e-05) q[1];
ry(pi*-0.000152752973) q[2];
ry(pi*-0.002565542672) q[3];
ry(pi*-0.050487316416) q[4];
ry(pi*-0.039774693568) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038413088242) q[0];
ry(pi*2.352786e-06) q[1];
ry(pi*-2.7431022e-05) q[2];
ry(pi*-0.029741695887) q[3];
ry(pi*-0.250652593587) q[4];
ry(pi*0.002887740837) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
