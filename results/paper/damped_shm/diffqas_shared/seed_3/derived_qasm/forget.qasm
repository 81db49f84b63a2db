// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.039776581356) q[0];
rz(pi*-0.037315341662) q[1];
rz(pi*0.26276883691) q[2];
rz(pi*-0.009129373733) q[3];
rz(pi*0.095986090335) q[4];
rz(pi*0.241740828376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004935806855) q[0];
rz(pi*-0.079756621716) q[1];
rz(pi*-0.237917288479) q[2];
rz(pi*0.231586481001) q[3];
rz(pi*-0.061003877261) q[4];
rz(pi*0.154827335234) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.039465399835) q[0];
rz(pi*-0.029710765565) q[1];
rz(pi*0.09370551863) q[2];
rz(pi*0.074939493251) q[3];
rz(pi*0.011265304917) q[4];
rz(pi*0.183031671747) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.01779369459) q[0];
rz(pi*-0.106043828479) q[1];
rz(pi*0.03778294163) q[2];
rz(pi*-0.052210520968) q[3];
rz(pi*-0.11934132456) q[4];
rz(pi*-0.076828197082) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.019205990354) q[0];
rz(pi*0.00165947198) q[1];
rz(pi*0.182234759425) q[2];
rz(pi*-0.023102673751) q[3];
rz(pi*-0.045309387952) q[4];
rz(pi*0.003190403299) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
