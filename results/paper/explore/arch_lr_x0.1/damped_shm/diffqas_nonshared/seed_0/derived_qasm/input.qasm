// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.055002152091) q[0];
ry(pi*-0.009856478794) q[1];
ry(pi*-0.002789586217) q[2];
ry(pi*-5.0372474e-05) q[3];
ry(pi*-0.009445692126) q[4];
ry(pi*-0.002532613393) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044802715981) q[0];
ry(pi*-0.005702191729) q[1];
ry(pi*0.027731246306) q[2];
ry(pi*-0.000692651589) q[3];
ry(pi*0.003219477552) q[4];
ry(pi*0.000308283416) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000104477771) q[0];
ry(pi*-0.000236459189) q[1];
ry(pi*0.000311129457) q[2];
ry(pi*0.000463739088) q[3];
ry(pi*0.001706189111) q[4];
ry(pi*0.000847213078) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.148733032542) q[0];
ry(pi*0.005712956985) q[1];
ry(pi*0.005402928651) q[2];
ry(pi*-0.000870579202) q[3];
ry(pi*0.001073417144) q[4];
ry(pi*-0.000326415711) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002953831811) q[0];
ry(pi*0.000284208722) q[1];
ry(pi*0.012518140666) q[2];
ry(pi*0.044654956222) q[3];
ry(pi*-0.012884038406) q[4];
ry(pi*-0.002470731256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
