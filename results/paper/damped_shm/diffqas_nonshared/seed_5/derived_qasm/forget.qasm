// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.050289079662) q[0];
rx(pi*4.7130056e-05) q[1];
rx(pi*0.516193861199) q[2];
rx(pi*-0.409828653347) q[3];
rx(pi*0.011501623533) q[4];
rx(pi*0.00282933768) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.499242621826) q[0];
rx(pi*-0.410935789066) q[1];
rx(pi*0.080860939982) q[2];
rx(pi*-0.124454461091) q[3];
rx(pi*0.022908931167) q[4];
rx(pi*-0.004867767618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.448024399278) q[0];
rx(pi*-0.47107078563) q[1];
rx(pi*-0.402461611308) q[2];
rx(pi*0.13849598296) q[3];
rx(pi*0.006774366603) q[4];
rx(pi*-0.000603973336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.431290321975) q[0];
rx(pi*0.004977635538) q[1];
rx(pi*0.025902792807) q[2];
rx(pi*0.144002841951) q[3];
rx(pi*0.032437355737) q[4];
rx(pi*0.008594282958) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.027988542852) q[0];
rx(pi*-0.000330369936) q[1];
rx(pi*0.514330016411) q[2];
rx(pi*-0.403691159195) q[3];
rx(pi*0.010779834992) q[4];
rx(pi*-0.001702251821) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
