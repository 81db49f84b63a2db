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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.162612916087) q[0];
rx(pi*0.100693105715) q[1];
rx(pi*4.6566187e-05) q[2];
rx(pi*0.004891214673) q[3];
rx(pi*0.003836592258) q[4];
rx(pi*-0.002095996515) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.297850889326) q[0];
rx(pi*0.094118953775) q[1];
rx(pi*0.002529347709) q[2];
rx(pi*0.006992860916) q[3];
rx(pi*0.000137046706) q[4];
rx(pi*-0.00540489648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.044806965877) q[0];
rx(pi*0.102739278609) q[1];
rx(pi*-0.007631402376) q[2];
rx(pi*0.002201828725) q[3];
rx(pi*0.008662905015) q[4];
rx(pi*0.002612220078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103341625402) q[0];
rx(pi*0.100760411538) q[1];
rx(pi*0.003878834488) q[2];
rx(pi*-0.000631881285) q[3];
rx(pi*-0.000878920615) q[4];
rx(pi*0.001297398583) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.023706621371) q[0];
rx(pi*0.100534768649) q[1];
rx(pi*-0.006387637379) q[2];
rx(pi*0.004200721679) q[3];
rx(pi*0.004469239716) q[4];
rx(pi*0.000139025069) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
