// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.069750683916) q[0];
ry(pi*-0.024224091206) q[1];
ry(pi*0.100626890826) q[2];
ry(pi*0.001794516145) q[3];
ry(pi*0.0466947353) q[4];
ry(pi*8.6949731e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077844363219) q[0];
ry(pi*0.240703132914) q[1];
ry(pi*0.022261730426) q[2];
ry(pi*0.013164552852) q[3];
ry(pi*-0.001309981369) q[4];
ry(pi*-9.8439194e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.196855595172) q[0];
ry(pi*-0.085039943794) q[1];
ry(pi*0.201621094047) q[2];
ry(pi*-0.010208028393) q[3];
ry(pi*0.181179533144) q[4];
ry(pi*-0.005891654773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.063972671158) q[0];
ry(pi*0.194073374532) q[1];
ry(pi*-0.07248948068) q[2];
ry(pi*-0.008814111292) q[3];
ry(pi*0.015494725249) q[4];
ry(pi*0.001026009658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.598946156453) q[0];
ry(pi*-0.148502931058) q[1];
ry(pi*0.082253027399) q[2];
ry(pi*0.1855136866) q[3];
ry(pi*0.023289586147) q[4];
ry(pi*0.002171592094) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
