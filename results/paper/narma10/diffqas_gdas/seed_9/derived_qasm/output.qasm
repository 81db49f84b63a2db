// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003854257072) q[0];
rz(pi*-0.002065358195) q[1];
rz(pi*-0.000524744624) q[2];
rz(pi*-6.7725242e-05) q[3];
rz(pi*-0.001186529776) q[4];
rz(pi*-0.002422143235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000726745468) q[0];
rz(pi*-0.001023432773) q[1];
rz(pi*-0.003401067499) q[2];
rz(pi*-0.004795064048) q[3];
rz(pi*2.5763398e-05) q[4];
rz(pi*0.002502583683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00790315082) q[0];
rz(pi*-0.007359128031) q[1];
rz(pi*-0.002628658185) q[2];
rz(pi*-0.004638047664) q[3];
rz(pi*-0.002945926697) q[4];
rz(pi*0.003092344134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002935945253) q[0];
rz(pi*0.001984924269) q[1];
rz(pi*-0.002998788033) q[2];
rz(pi*0.003515107349) q[3];
rz(pi*0.001367936295) q[4];
rz(pi*0.003209415474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003767107535) q[0];
rz(pi*0.003554841323) q[1];
rz(pi*0.000231386684) q[2];
rz(pi*-0.001659402908) q[3];
rz(pi*-0.001455544588) q[4];
rz(pi*0.000800313557) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
