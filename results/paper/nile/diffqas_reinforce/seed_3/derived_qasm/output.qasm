// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
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
rx(0) q[0];
rx(0) q[1];
rx(pi*0.001705041111) q[2];
rx(pi*0.04123675485) q[3];
rx(pi*-0.000165220838) q[4];
rx(pi*-0.001473315086) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(pi*4.748e-08) q[2];
rx(pi*-0.001500681347) q[3];
rx(pi*0.000241447057) q[4];
rx(pi*-7.0502026e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(pi*4.0e-12) q[2];
rx(pi*4.6244298e-05) q[3];
rx(pi*0.001027482566) q[4];
rx(pi*-0.000797038535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000178225249) q[0];
rx(0) q[1];
rx(pi*-1.00201e-07) q[2];
rx(pi*-0.003948131263) q[3];
rx(pi*-0.000241510738) q[4];
rx(pi*-0.001876689042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(pi*-0.001705039481) q[2];
rx(pi*0.040432855814) q[3];
rx(pi*-0.000862040428) q[4];
rx(pi*2.3539086e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
