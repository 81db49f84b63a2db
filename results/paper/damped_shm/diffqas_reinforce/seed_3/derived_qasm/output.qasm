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
rx(pi*-0.000183716896) q[0];
rx(pi*0.006094883139) q[1];
rx(pi*-0.002007176634) q[2];
rx(pi*0.000571528604) q[3];
rx(pi*1.45976e-07) q[4];
rx(pi*2.2349535e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00331639598) q[0];
rx(pi*-0.234693363299) q[1];
rx(pi*-0.000106645852) q[2];
rx(pi*3.823395e-06) q[3];
rx(pi*5.2642214e-05) q[4];
rx(pi*7.2949613e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001322381245) q[0];
rx(pi*0.00028860258) q[1];
rx(pi*-1.127557e-06) q[2];
rx(pi*1.083837e-06) q[3];
rx(pi*7.808341e-06) q[4];
rx(pi*-2.5301824e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*2.4392985e-05) q[0];
rx(pi*-8.0820237e-05) q[1];
rx(pi*-0.002577616454) q[2];
rx(pi*0.006129468679) q[3];
rx(pi*0.000505352142) q[4];
rx(pi*-1.226419e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.592937e-06) q[0];
rx(pi*2.11328e-07) q[1];
rx(pi*7.4692178e-05) q[2];
rx(pi*5.4763775e-05) q[3];
rx(pi*-1.4395769e-05) q[4];
rx(pi*0.002071024969) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
