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
ry(pi*0.013568080666) q[0];
ry(pi*-0.032969278063) q[1];
ry(pi*0.041086234556) q[2];
ry(pi*0.001166982435) q[3];
ry(pi*0.002961371996) q[4];
ry(pi*-0.015263703586) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.090681888748) q[0];
ry(pi*0.064559882443) q[1];
ry(pi*-0.066280862441) q[2];
ry(pi*-0.282037407687) q[3];
ry(pi*0.05977605115) q[4];
ry(pi*-0.032092293632) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.033477081284) q[0];
ry(pi*-0.210717008746) q[1];
ry(pi*0.018894243208) q[2];
ry(pi*0.037613681005) q[3];
ry(pi*0.051626516078) q[4];
ry(pi*-0.02303550311) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.051039489778) q[0];
ry(pi*-0.168085965641) q[1];
ry(pi*-0.04054670653) q[2];
ry(pi*-0.246047433402) q[3];
ry(pi*-0.498317776267) q[4];
ry(pi*0.036101363286) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02554644666) q[0];
ry(pi*0.038678462436) q[1];
ry(pi*-0.010423997552) q[2];
ry(pi*0.02076453873) q[3];
ry(pi*-0.013549100803) q[4];
ry(pi*-0.005090267255) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
