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
ry(pi*0.007533645887) q[0];
ry(pi*-0.000581913441) q[1];
ry(pi*-1.0417506e-05) q[2];
ry(pi*0.000581605541) q[3];
ry(pi*0.007066583677) q[4];
ry(pi*6.7322794e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00195885186) q[0];
ry(pi*-0.000165525125) q[1];
ry(pi*0.004773067519) q[2];
ry(pi*-0.00415702833) q[3];
ry(pi*0.004875375986) q[4];
ry(pi*-0.000396559924) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000166462219) q[0];
ry(pi*1.1816501e-05) q[1];
ry(pi*0.000284806048) q[2];
ry(pi*0.000404457997) q[3];
ry(pi*-0.000346017154) q[4];
ry(pi*-0.001280934388) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.182416954721) q[0];
ry(pi*-0.001459089972) q[1];
ry(pi*1.0520336e-05) q[2];
ry(pi*-0.000172994681) q[3];
ry(pi*0.003508142869) q[4];
ry(pi*-0.003172351026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001296955688) q[0];
ry(pi*0.00266086561) q[1];
ry(pi*-0.160692266892) q[2];
ry(pi*-0.01008722298) q[3];
ry(pi*0.022468279615) q[4];
ry(pi*-6.3611232e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
