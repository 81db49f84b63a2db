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
ry(pi*0.018379578967) q[0];
ry(pi*-0.037454957369) q[1];
ry(pi*0.071396171351) q[2];
ry(pi*-0.005998543084) q[3];
ry(pi*0.001838327628) q[4];
ry(pi*-0.010988239954) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.149070557724) q[0];
ry(pi*-0.190595005833) q[1];
ry(pi*-0.355915959116) q[2];
ry(pi*0.012894460374) q[3];
ry(pi*0.003317239674) q[4];
ry(pi*-0.004641304751) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019581034144) q[0];
ry(pi*0.133654782821) q[1];
ry(pi*0.200496636209) q[2];
ry(pi*-0.000428107971) q[3];
ry(pi*-0.032629004205) q[4];
ry(pi*-0.117483902047) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013177991487) q[0];
ry(pi*-0.30090318703) q[1];
ry(pi*0.192433465085) q[2];
ry(pi*0.516562084286) q[3];
ry(pi*0.52311417092) q[4];
ry(pi*0.041349339135) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004945871009) q[0];
ry(pi*0.019278105768) q[1];
ry(pi*0.010590801206) q[2];
ry(pi*-0.019422889177) q[3];
ry(pi*-0.102210413267) q[4];
ry(pi*-0.004707782591) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
