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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.157509038257) q[0];
ry(pi*-0.287996102664) q[1];
ry(pi*-0.289325940495) q[2];
ry(pi*0.257661487067) q[3];
ry(pi*0.156491017534) q[4];
ry(pi*0.095231354432) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003400443473) q[0];
ry(pi*-0.359186026018) q[1];
ry(pi*0.190476369242) q[2];
ry(pi*0.249197345893) q[3];
ry(pi*-0.164483040854) q[4];
ry(pi*0.130355801452) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.128633882303) q[0];
ry(pi*-0.264347900755) q[1];
ry(pi*0.19740576691) q[2];
ry(pi*0.289453665033) q[3];
ry(pi*0.016408402974) q[4];
ry(pi*0.020959059197) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01801378202) q[0];
ry(pi*-0.297194792738) q[1];
ry(pi*0.126980435801) q[2];
ry(pi*0.254509904975) q[3];
ry(pi*0.352714535616) q[4];
ry(pi*0.383182491684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.114247037454) q[0];
ry(pi*0.150638010247) q[1];
ry(pi*-0.147381584751) q[2];
ry(pi*-0.014749653589) q[3];
ry(pi*-0.014807413747) q[4];
ry(pi*0.000613991244) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
