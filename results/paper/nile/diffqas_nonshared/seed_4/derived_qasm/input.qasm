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
ry(pi*-0.051110912687) q[0];
ry(pi*-0.046423960988) q[1];
ry(pi*0.012080815274) q[2];
ry(pi*-0.031878069966) q[3];
ry(pi*-0.002407102738) q[4];
ry(pi*0.01052788046) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.062296523763) q[0];
ry(pi*0.381006393414) q[1];
ry(pi*-0.027699047182) q[2];
ry(pi*-0.01388078475) q[3];
ry(pi*-0.094135962844) q[4];
ry(pi*-0.000939143748) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.09863252302) q[0];
ry(pi*0.049977547144) q[1];
ry(pi*0.379767586826) q[2];
ry(pi*0.149768603057) q[3];
ry(pi*-0.167024630135) q[4];
ry(pi*3.6048739e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.086848653777) q[0];
ry(pi*0.113876746337) q[1];
ry(pi*-0.114623029882) q[2];
ry(pi*-0.159624044279) q[3];
ry(pi*-0.236189269591) q[4];
ry(pi*0.002098724885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02161531231) q[0];
ry(pi*0.013300228157) q[1];
ry(pi*0.011466488376) q[2];
ry(pi*-0.201910523313) q[3];
ry(pi*-0.203213666488) q[4];
ry(pi*0.000539441722) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
