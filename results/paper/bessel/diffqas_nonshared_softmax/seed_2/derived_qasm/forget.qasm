// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.1928701039) q[0];
ry(pi*0.16958295338) q[1];
ry(pi*-0.031449840821) q[2];
ry(pi*0.472554682172) q[3];
ry(pi*0.008078083111) q[4];
ry(pi*-0.006535764142) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.122622139524) q[0];
ry(pi*-0.017497228806) q[1];
ry(pi*-0.05595304249) q[2];
ry(pi*-0.420121786371) q[3];
ry(pi*0.149290072415) q[4];
ry(pi*-0.014360137149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.121861967928) q[0];
ry(pi*-0.450322985606) q[1];
ry(pi*-0.180672429544) q[2];
ry(pi*0.272947146866) q[3];
ry(pi*-0.053813808269) q[4];
ry(pi*0.008071963807) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.200225193108) q[0];
ry(pi*-0.015014022227) q[1];
ry(pi*0.176945973196) q[2];
ry(pi*0.099179905764) q[3];
ry(pi*0.411884540287) q[4];
ry(pi*-0.012239275663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.238268094584) q[0];
ry(pi*0.37297906181) q[1];
ry(pi*0.309259468133) q[2];
ry(pi*0.499121613641) q[3];
ry(pi*0.000763558898) q[4];
ry(pi*-0.004092147166) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
