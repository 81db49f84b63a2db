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
ry(pi*0.342449520203) q[0];
ry(pi*0.029211426562) q[1];
ry(pi*-0.262928397718) q[2];
ry(pi*-0.091669600507) q[3];
ry(pi*0.009375222598) q[4];
ry(pi*-0.001611894703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.350600478231) q[0];
ry(pi*-0.161954789415) q[1];
ry(pi*0.369184550217) q[2];
ry(pi*0.133713901903) q[3];
ry(pi*-0.001299068778) q[4];
ry(pi*-0.011348136376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.363479179366) q[0];
ry(pi*-0.176071974601) q[1];
ry(pi*0.272745333748) q[2];
ry(pi*0.115507539379) q[3];
ry(pi*0.038735527718) q[4];
ry(pi*0.00338390487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.231821913827) q[0];
ry(pi*-0.298350403827) q[1];
ry(pi*0.015592998153) q[2];
ry(pi*0.102048793915) q[3];
ry(pi*-0.460104499517) q[4];
ry(pi*-0.046212030653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.296667388297) q[0];
ry(pi*0.016396855685) q[1];
ry(pi*0.077080880879) q[2];
ry(pi*-0.029418295916) q[3];
ry(pi*-0.006816646778) q[4];
ry(pi*-0.00015907339) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
