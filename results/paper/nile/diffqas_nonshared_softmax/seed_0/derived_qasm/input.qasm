// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.125005998867) q[0];
ry(pi*0.035341248609) q[1];
ry(pi*-0.136550915839) q[2];
ry(pi*-0.000149503992) q[3];
ry(pi*-1.18718e-07) q[4];
ry(pi*-1.9949e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.214632338797) q[0];
ry(pi*-0.09511520327) q[1];
ry(pi*0.023233438671) q[2];
ry(pi*0.001453766485) q[3];
ry(pi*-9.4214e-08) q[4];
ry(pi*4.469e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.129532943898) q[0];
ry(pi*-0.274469766786) q[1];
ry(pi*-0.155174745217) q[2];
ry(pi*0.00024406513) q[3];
ry(pi*-1.20836e-07) q[4];
ry(pi*-2.0799e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.089313479321) q[0];
ry(pi*-0.013921542955) q[1];
ry(pi*-0.09090182084) q[2];
ry(pi*0.000327860012) q[3];
ry(pi*0.001406936408) q[4];
ry(pi*-0.004113638249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.148656989769) q[0];
ry(pi*-0.407127655039) q[1];
ry(pi*-0.172658758318) q[2];
ry(pi*0.021119077723) q[3];
ry(pi*-0.001456347075) q[4];
ry(pi*-0.002556743467) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
