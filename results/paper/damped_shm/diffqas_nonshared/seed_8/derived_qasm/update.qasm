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
ry(pi*0.363075059841) q[0];
ry(pi*-0.052915913498) q[1];
ry(pi*0.232261512391) q[2];
ry(pi*0.130111631676) q[3];
ry(pi*0.068559570073) q[4];
ry(pi*0.026583819586) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019204077664) q[0];
ry(pi*-0.213349686189) q[1];
ry(pi*-0.357829778122) q[2];
ry(pi*-0.123467176219) q[3];
ry(pi*0.043682171273) q[4];
ry(pi*0.010624068734) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.113573931798) q[0];
ry(pi*0.012680029193) q[1];
ry(pi*0.017250026947) q[2];
ry(pi*-0.022245809919) q[3];
ry(pi*0.122784584189) q[4];
ry(pi*0.015331644996) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.055120949951) q[0];
ry(pi*-0.425098527819) q[1];
ry(pi*-0.048957728754) q[2];
ry(pi*-0.543797084147) q[3];
ry(pi*-0.524867442535) q[4];
ry(pi*-0.041535471276) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.11325259037) q[0];
ry(pi*0.018733617554) q[1];
ry(pi*0.141794945356) q[2];
ry(pi*0.072215609067) q[3];
ry(pi*0.096934841556) q[4];
ry(pi*-0.003370719107) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
