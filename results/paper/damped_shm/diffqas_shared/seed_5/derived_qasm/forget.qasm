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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.088958594075) q[0];
ry(pi*-0.147117076189) q[1];
ry(pi*0.123284250473) q[2];
ry(pi*0.10207638029) q[3];
ry(pi*-0.001942834117) q[4];
ry(pi*0.000358252464) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.152595694245) q[0];
ry(pi*0.141151437186) q[1];
ry(pi*0.022998231147) q[2];
ry(pi*0.030919910634) q[3];
ry(pi*-0.103597814414) q[4];
ry(pi*0.000944386822) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.083882682075) q[0];
ry(pi*-0.017199336508) q[1];
ry(pi*-0.022470321557) q[2];
ry(pi*0.025683410926) q[3];
ry(pi*-0.003539877754) q[4];
ry(pi*0.038801605055) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.215667150402) q[0];
ry(pi*-0.022959612119) q[1];
ry(pi*0.229142866989) q[2];
ry(pi*0.053682540571) q[3];
ry(pi*-0.016135219123) q[4];
ry(pi*-0.010607813832) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002449174065) q[0];
ry(pi*0.026804403865) q[1];
ry(pi*0.374253575109) q[2];
ry(pi*-0.027352009539) q[3];
ry(pi*-0.016644400239) q[4];
ry(pi*-0.000551156875) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
