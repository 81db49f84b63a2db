// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.000472349529) q[0];
ry(pi*-0.198466134805) q[1];
ry(pi*-0.000169091408) q[2];
ry(pi*-0.460833242756) q[3];
ry(pi*0.006544659396) q[4];
ry(pi*-0.008632556919) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000484353831) q[0];
ry(pi*-0.000921571278) q[1];
ry(pi*0.403386912213) q[2];
ry(pi*0.393740446321) q[3];
ry(pi*0.00332348408) q[4];
ry(pi*-0.058887528917) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.075385950464) q[0];
ry(pi*-0.127202786918) q[1];
ry(pi*0.001768074211) q[2];
ry(pi*-0.327222068795) q[3];
ry(pi*0.002637739609) q[4];
ry(pi*0.0260247354) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007584325653) q[0];
ry(pi*-0.19666431193) q[1];
ry(pi*0.00135758251) q[2];
ry(pi*0.444653662977) q[3];
ry(pi*0.50301345543) q[4];
ry(pi*-0.016449358022) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.272396443891) q[0];
ry(pi*0.012287408338) q[1];
ry(pi*-0.150071427083) q[2];
ry(pi*0.074869118587) q[3];
ry(pi*-0.063103866353) q[4];
ry(pi*0.002333692286) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
