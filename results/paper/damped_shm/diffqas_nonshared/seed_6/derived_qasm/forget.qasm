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
ry(pi*0.144810227229) q[0];
ry(pi*0.166241643811) q[1];
ry(pi*0.19114068103) q[2];
ry(pi*0.283903662013) q[3];
ry(pi*-0.156682974308) q[4];
ry(pi*-0.048079541924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.092151403948) q[0];
ry(pi*-0.207090671589) q[1];
ry(pi*0.130743490579) q[2];
ry(pi*-0.038443945045) q[3];
ry(pi*-0.025697946422) q[4];
ry(pi*0.02601518025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.098542155823) q[0];
ry(pi*0.167651318964) q[1];
ry(pi*0.014838071336) q[2];
ry(pi*0.192300598933) q[3];
ry(pi*-0.056471999314) q[4];
ry(pi*0.016461340498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002463479813) q[0];
ry(pi*0.025712676389) q[1];
ry(pi*-0.195680195507) q[2];
ry(pi*0.263861211831) q[3];
ry(pi*0.086552508158) q[4];
ry(pi*-0.069459807978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.045478136313) q[0];
ry(pi*0.214388918444) q[1];
ry(pi*0.209199511468) q[2];
ry(pi*-0.010465896494) q[3];
ry(pi*-0.179754053691) q[4];
ry(pi*0.001255799055) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
