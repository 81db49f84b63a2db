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
ry(pi*0.007533620985) q[0];
ry(pi*-0.000581923483) q[1];
ry(pi*-1.0446513e-05) q[2];
ry(pi*0.000581616918) q[3];
ry(pi*0.007066828544) q[4];
ry(pi*6.7326764e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001958900922) q[0];
ry(pi*-0.000165561458) q[1];
ry(pi*0.004773218412) q[2];
ry(pi*-0.004157000168) q[3];
ry(pi*0.004875152463) q[4];
ry(pi*-0.000396586641) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000166464109) q[0];
ry(pi*1.1811765e-05) q[1];
ry(pi*0.000284806808) q[2];
ry(pi*0.000404475598) q[3];
ry(pi*-0.00034602538) q[4];
ry(pi*-0.001280719463) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.182417125476) q[0];
ry(pi*-0.001459071443) q[1];
ry(pi*1.0525744e-05) q[2];
ry(pi*-0.000172993662) q[3];
ry(pi*0.003508166288) q[4];
ry(pi*-0.00317236733) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001296961172) q[0];
ry(pi*0.00266089318) q[1];
ry(pi*-0.160692304838) q[2];
ry(pi*-0.010086992935) q[3];
ry(pi*0.022468637726) q[4];
ry(pi*-6.3609583e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
