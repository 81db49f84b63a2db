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
rz(pi*0.001308884803) q[0];
rz(pi*0.004760179687) q[1];
rz(pi*0.000990448355) q[2];
rz(pi*-0.002649762402) q[3];
rz(pi*0.006467599803) q[4];
rz(pi*-0.003928101674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000428200167) q[0];
rz(pi*-0.00023257072) q[1];
rz(pi*0.004555413936) q[2];
rz(pi*-0.0024308999) q[3];
rz(pi*-0.000880833231) q[4];
rz(pi*-0.00566719531) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001074430185) q[0];
rz(pi*0.001416965284) q[1];
rz(pi*0.002071186386) q[2];
rz(pi*-0.002949923425) q[3];
rz(pi*0.000752409667) q[4];
rz(pi*-0.002814323419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00152510209) q[0];
rz(pi*-0.000250136687) q[1];
rz(pi*0.004114585108) q[2];
rz(pi*-0.001401467217) q[3];
rz(pi*0.000553741838) q[4];
rz(pi*-0.002697448328) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001824818884) q[0];
rz(pi*-0.002244691423) q[1];
rz(pi*-0.000518996438) q[2];
rz(pi*0.002425116769) q[3];
rz(pi*-0.003537392027) q[4];
rz(pi*0.002268699063) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
