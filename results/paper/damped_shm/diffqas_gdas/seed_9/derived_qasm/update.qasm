// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.426378087869) q[0];
ry(pi*0.028382376777) q[1];
ry(pi*-0.013117125726) q[2];
ry(pi*0.031813776067) q[3];
ry(pi*-0.120780862819) q[4];
ry(pi*0.000873845183) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004076790505) q[0];
ry(pi*-0.015415610076) q[1];
ry(pi*-0.037042058204) q[2];
ry(pi*0.016758337518) q[3];
ry(pi*-0.001227731172) q[4];
ry(pi*0.000225483602) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021428001487) q[0];
ry(pi*0.024592556196) q[1];
ry(pi*-0.007915307015) q[2];
ry(pi*1.1041194e-05) q[3];
ry(pi*0.005153675957) q[4];
ry(pi*-0.000685756996) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.144438228565) q[0];
ry(pi*0.017688959093) q[1];
ry(pi*-8.6597309e-05) q[2];
ry(pi*0.001109017875) q[3];
ry(pi*-0.000616357946) q[4];
ry(pi*0.000681020331) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.16179469737) q[0];
ry(pi*0.002756357228) q[1];
ry(pi*0.101689649288) q[2];
ry(pi*0.000442381258) q[3];
ry(pi*0.019475537366) q[4];
ry(pi*0.002184194297) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
