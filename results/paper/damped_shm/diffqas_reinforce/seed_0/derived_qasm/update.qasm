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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003001598964) q[0];
ry(pi*0.047632036468) q[1];
ry(pi*0.480255530734) q[2];
ry(pi*-0.045028799986) q[3];
ry(pi*-0.001420900202) q[4];
ry(pi*0.006285944637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029652023567) q[0];
ry(pi*0.15226898353) q[1];
ry(pi*-0.042510395402) q[2];
ry(pi*-0.167253175854) q[3];
ry(pi*0.002655237522) q[4];
ry(pi*-0.009688004352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.316379655752) q[0];
ry(pi*0.031976353542) q[1];
ry(pi*0.04497391657) q[2];
ry(pi*0.183095989361) q[3];
ry(pi*0.003759104592) q[4];
ry(pi*-0.00242124114) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.138139475544) q[0];
ry(pi*0.269274060857) q[1];
ry(pi*-0.498926422013) q[2];
ry(pi*-0.038539389824) q[3];
ry(pi*0.49457627453) q[4];
ry(pi*-0.496442206321) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.065041481927) q[0];
ry(pi*0.531275260396) q[1];
ry(pi*-0.044634674355) q[2];
ry(pi*-0.000108644735) q[3];
ry(pi*-0.001008702362) q[4];
ry(pi*-0.001954152251) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
