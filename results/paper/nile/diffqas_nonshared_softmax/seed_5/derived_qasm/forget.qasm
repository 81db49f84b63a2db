// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.046228451566) q[0];
ry(pi*0.087009239113) q[1];
ry(pi*0.102928161798) q[2];
ry(pi*0.126476443731) q[3];
ry(pi*-0.070910838979) q[4];
ry(pi*-0.000289232572) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.031132590392) q[0];
ry(pi*-0.123166315873) q[1];
ry(pi*0.008494130566) q[2];
ry(pi*-0.029224835551) q[3];
ry(pi*-0.003635978278) q[4];
ry(pi*-0.001274283847) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.046803752708) q[0];
ry(pi*0.079917890071) q[1];
ry(pi*0.038018725452) q[2];
ry(pi*0.044160920102) q[3];
ry(pi*0.117544178467) q[4];
ry(pi*0.038672640174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023429526762) q[0];
ry(pi*-0.160338387202) q[1];
ry(pi*-0.28556724945) q[2];
ry(pi*0.141974389604) q[3];
ry(pi*-0.11151419339) q[4];
ry(pi*0.031050495313) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.395662044153) q[0];
ry(pi*0.128230066342) q[1];
ry(pi*0.220609304531) q[2];
ry(pi*0.081294002434) q[3];
ry(pi*0.254075220352) q[4];
ry(pi*-0.001733947278) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
