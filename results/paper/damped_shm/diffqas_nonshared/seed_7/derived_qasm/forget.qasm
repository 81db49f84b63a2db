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
rx(pi*-0.049509579579) q[0];
rx(pi*-0.036822590945) q[1];
rx(pi*9.232064e-05) q[2];
rx(pi*0.085159671318) q[3];
rx(pi*0.000604888475) q[4];
rx(pi*-0.003156608685) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.042707095364) q[0];
rx(pi*0.058733266248) q[1];
rx(pi*-0.151983889537) q[2];
rx(pi*0.095538124789) q[3];
rx(pi*0.003794312676) q[4];
rx(pi*0.001136034104) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.077315592741) q[0];
rx(pi*-0.170076358657) q[1];
rx(pi*0.002647284383) q[2];
rx(pi*0.081940498812) q[3];
rx(pi*-0.002226565334) q[4];
rx(pi*-0.001456676727) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.021927961848) q[0];
rx(pi*-0.039683916085) q[1];
rx(pi*-0.13542748253) q[2];
rx(pi*0.089438376919) q[3];
rx(pi*-0.001799286457) q[4];
rx(pi*0.000863422104) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.042196225673) q[0];
rx(pi*-0.035841059559) q[1];
rx(pi*-0.007046087774) q[2];
rx(pi*0.086279803369) q[3];
rx(pi*0.001897812084) q[4];
rx(pi*0.000360649107) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
