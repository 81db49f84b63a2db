// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.004812407511) q[0];
ry(pi*-0.001706218904) q[1];
ry(pi*0.036782273856) q[2];
ry(pi*-0.011291208647) q[3];
ry(pi*-0.003960484301) q[4];
ry(pi*-0.012662660829) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.051101739364) q[0];
ry(pi*-0.314782966224) q[1];
ry(pi*0.494369699253) q[2];
ry(pi*0.001205819502) q[3];
ry(pi*0.002578143837) q[4];
ry(pi*0.010038026645) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004461084992) q[0];
ry(pi*-0.060787379237) q[1];
ry(pi*0.071573049535) q[2];
ry(pi*-0.003057226468) q[3];
ry(pi*-0.013737546434) q[4];
ry(pi*0.197180693204) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021381387818) q[0];
ry(pi*0.296279547389) q[1];
ry(pi*-0.155310665981) q[2];
ry(pi*-0.488948046872) q[3];
ry(pi*0.494656187744) q[4];
ry(pi*-0.166175030494) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.114242161458) q[0];
ry(pi*-0.063055808383) q[1];
ry(pi*-0.008851927536) q[2];
ry(pi*0.008262357109) q[3];
ry(pi*-0.013605296896) q[4];
ry(pi*0.005378115854) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
