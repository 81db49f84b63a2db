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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.042256800914) q[0];
rx(pi*-0.06413363595) q[1];
rx(pi*-0.038908397908) q[2];
rx(pi*0.009935235262) q[3];
rx(pi*-0.009235235736) q[4];
rx(pi*0.055755484011) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.040410060058) q[0];
rx(pi*0.057272018423) q[1];
rx(pi*-0.052418490742) q[2];
rx(pi*-0.007361476502) q[3];
rx(pi*-0.026102929208) q[4];
rx(pi*0.000309423244) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.120302151935) q[0];
rx(pi*-0.02701886469) q[1];
rx(pi*-0.066657552117) q[2];
rx(pi*0.219290907266) q[3];
rx(pi*-0.051539530773) q[4];
rx(pi*0.163708781994) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.011051854391) q[0];
rx(pi*0.039579155687) q[1];
rx(pi*-0.055017292344) q[2];
rx(pi*-0.055978295217) q[3];
rx(pi*-0.037419876758) q[4];
rx(pi*0.005370201847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.037358110978) q[0];
rx(pi*0.004522333172) q[1];
rx(pi*-0.012548238559) q[2];
rx(pi*-0.0464989318) q[3];
rx(pi*-0.024773190983) q[4];
rx(pi*0.001474795849) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
