// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.496100355353) q[0];
rx(pi*0.002932502292) q[1];
rx(pi*-0.001167139479) q[2];
rx(pi*-0.083697745217) q[3];
rx(pi*0.17024438131) q[4];
rx(pi*-0.005737236766) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000821236347) q[0];
rx(pi*-0.800683344743) q[1];
rx(pi*-0.000265381531) q[2];
rx(pi*-7.8712316e-05) q[3];
rx(pi*-0.003810686157) q[4];
rx(pi*0.005695051454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.491208346196) q[0];
rx(pi*0.000129005198) q[1];
rx(pi*-0.042187740112) q[2];
rx(pi*0.119313719212) q[3];
rx(pi*0.162280930948) q[4];
rx(pi*-4.543276e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.465833738084) q[0];
rx(pi*0.365392353298) q[1];
rx(pi*-0.43796428954) q[2];
rx(pi*3.0858e-07) q[3];
rx(pi*0.003810647322) q[4];
rx(pi*-0.004159092802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.2583e-08) q[0];
rx(pi*0.008945789276) q[1];
rx(pi*0.001167144667) q[2];
rx(pi*-0.082059391536) q[3];
rx(pi*0.167273761285) q[4];
rx(pi*-0.002290638823) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
