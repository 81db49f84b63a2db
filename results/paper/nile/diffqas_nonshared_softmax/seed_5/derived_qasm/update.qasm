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
ry(pi*-0.060930158649) q[0];
ry(pi*-0.033074700136) q[1];
ry(pi*-0.076893553455) q[2];
ry(pi*0.046142822812) q[3];
ry(pi*-1.0794011e-05) q[4];
ry(pi*-0.002009938206) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.058477243248) q[0];
ry(pi*0.203190197199) q[1];
ry(pi*0.08618755787) q[2];
ry(pi*-0.361507872935) q[3];
ry(pi*0.004175094833) q[4];
ry(pi*1.112036e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.048919991958) q[0];
ry(pi*-0.018308739471) q[1];
ry(pi*0.050191820614) q[2];
ry(pi*-0.097334967319) q[3];
ry(pi*0.007104418301) q[4];
ry(pi*0.002837192991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.035399264899) q[0];
ry(pi*0.089604872266) q[1];
ry(pi*0.060881588415) q[2];
ry(pi*0.084088194878) q[3];
ry(pi*-0.028532735803) q[4];
ry(pi*-0.002630784022) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.074807367037) q[0];
ry(pi*-0.033278747294) q[1];
ry(pi*-0.099714073989) q[2];
ry(pi*0.060736072184) q[3];
ry(pi*0.000253102976) q[4];
ry(pi*-0.001417957203) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
