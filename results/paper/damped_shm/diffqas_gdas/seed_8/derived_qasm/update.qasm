// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.176698492675) q[0];
rx(pi*4.399821e-06) q[1];
rx(pi*0.253615510676) q[2];
rx(pi*0.001876071983) q[3];
rx(pi*0.054137459629) q[4];
rx(pi*0.000653373851) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.160941417015) q[0];
rx(pi*-0.500067443059) q[1];
rx(pi*0.003790357747) q[2];
rx(pi*-3.781641e-05) q[3];
rx(pi*-0.023312552658) q[4];
rx(pi*0.000618049522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.686139023305) q[0];
rx(pi*0.106162692743) q[1];
rx(pi*-6.448401e-06) q[2];
rx(pi*1.832982e-06) q[3];
rx(pi*0.043350413807) q[4];
rx(pi*0.000931897492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000464743606) q[0];
rx(pi*-0.500526166153) q[1];
rx(pi*0.499951026279) q[2];
rx(pi*-0.499767863373) q[3];
rx(pi*-0.022321354657) q[4];
rx(pi*0.000832872348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.17310587009) q[0];
rx(pi*0.503579488385) q[1];
rx(pi*0.246398372317) q[2];
rx(pi*-0.001903743291) q[3];
rx(pi*0.048250159101) q[4];
rx(pi*0.003149077097) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
