// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.050414019948) q[0];
ry(pi*0.029605701603) q[1];
ry(pi*0.004700379662) q[2];
ry(pi*-0.064586368399) q[3];
ry(pi*-0.05523892724) q[4];
ry(pi*-0.015528181318) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026185676475) q[0];
ry(pi*-0.089658062365) q[1];
ry(pi*0.029991718756) q[2];
ry(pi*0.33953166339) q[3];
ry(pi*0.027631416451) q[4];
ry(pi*0.043050008806) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.093165601663) q[0];
ry(pi*-0.088892312781) q[1];
ry(pi*0.215451278479) q[2];
ry(pi*-0.037287959244) q[3];
ry(pi*-0.027282839644) q[4];
ry(pi*-0.06189155995) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032215519257) q[0];
ry(pi*-0.2769232656) q[1];
ry(pi*-0.081180915372) q[2];
ry(pi*0.327540165883) q[3];
ry(pi*-0.460467903526) q[4];
ry(pi*0.107307897281) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02563256159) q[0];
ry(pi*0.027386267206) q[1];
ry(pi*-0.031773477951) q[2];
ry(pi*0.011553473681) q[3];
ry(pi*-0.000399563287) q[4];
ry(pi*-0.004707268548) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
