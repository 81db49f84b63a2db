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
ry(pi*-0.119057909655) q[0];
ry(pi*0.011216327955) q[1];
ry(pi*0.069042184599) q[2];
ry(pi*-0.029259128793) q[3];
ry(pi*-0.074567836097) q[4];
ry(pi*-0.018389391435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.174733295469) q[0];
ry(pi*0.225298476042) q[1];
ry(pi*-0.034295705543) q[2];
ry(pi*-0.37228352088) q[3];
ry(pi*0.241193711251) q[4];
ry(pi*0.011217103466) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.245252133765) q[0];
ry(pi*0.12098211624) q[1];
ry(pi*0.357155107214) q[2];
ry(pi*-0.417516107149) q[3];
ry(pi*-0.115500965322) q[4];
ry(pi*0.038343970522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.058903594091) q[0];
ry(pi*0.271764689338) q[1];
ry(pi*-0.144616420611) q[2];
ry(pi*0.276182133157) q[3];
ry(pi*0.242938331292) q[4];
ry(pi*0.069299938863) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.123687089338) q[0];
ry(pi*0.036172686588) q[1];
ry(pi*-0.282390054148) q[2];
ry(pi*0.144314346009) q[3];
ry(pi*0.007388231041) q[4];
ry(pi*-0.001415965805) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
