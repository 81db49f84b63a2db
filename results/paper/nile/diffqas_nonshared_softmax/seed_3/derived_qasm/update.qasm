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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.06419733695) q[0];
ry(pi*0.031768044631) q[1];
ry(pi*0.001350683841) q[2];
ry(pi*0.003499771737) q[3];
ry(pi*-0.506874106022) q[4];
ry(pi*0.244641685608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.058000330032) q[0];
ry(pi*0.32135819961) q[1];
ry(pi*-0.504292636025) q[2];
ry(pi*-0.001875826078) q[3];
ry(pi*-0.004109017792) q[4];
ry(pi*0.252551860495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.028401653089) q[0];
ry(pi*0.001405282073) q[1];
ry(pi*-0.006705227539) q[2];
ry(pi*-0.001962381235) q[3];
ry(pi*0.011807670555) q[4];
ry(pi*-0.242933531187) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006122023062) q[0];
ry(pi*0.004133753216) q[1];
ry(pi*-0.167693742028) q[2];
ry(pi*0.001243188922) q[3];
ry(pi*0.080032722627) q[4];
ry(pi*-0.268151405431) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00297156718) q[0];
ry(pi*0.003848123242) q[1];
ry(pi*-0.000428230775) q[2];
ry(pi*-0.004399488484) q[3];
ry(pi*0.061628796881) q[4];
ry(pi*0.002059114234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
