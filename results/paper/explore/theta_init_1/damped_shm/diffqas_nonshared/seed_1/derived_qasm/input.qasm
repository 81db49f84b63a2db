// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004136231531) q[0];
ry(pi*0.007587268801) q[1];
ry(pi*0.06766950156) q[2];
ry(pi*-0.504605306907) q[3];
ry(pi*1.023033930112) q[4];
ry(pi*-0.495851584685) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000390052864) q[0];
ry(pi*0.022110472566) q[1];
ry(pi*0.065404767357) q[2];
ry(pi*-0.01547725372) q[3];
ry(pi*0.002271106527) q[4];
ry(pi*0.000628012104) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000302113308) q[0];
ry(pi*0.000101331241) q[1];
ry(pi*0.002155794465) q[2];
ry(pi*0.501656220951) q[3];
ry(pi*-0.558900302003) q[4];
ry(pi*0.495289687789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499995726073) q[0];
ry(pi*0.001434303855) q[1];
ry(pi*-0.499445136935) q[2];
ry(pi*0.491147861076) q[3];
ry(pi*-0.004550163821) q[4];
ry(pi*0.500817435775) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.122693420137) q[0];
ry(pi*-0.219431343545) q[1];
ry(pi*-0.490374228316) q[2];
ry(pi*0.455560602335) q[3];
ry(pi*-7.1482643e-05) q[4];
ry(pi*0.21788032142) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
