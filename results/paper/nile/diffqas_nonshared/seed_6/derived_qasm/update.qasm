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
rx(pi*-0.003409570551) q[0];
rx(pi*0.020696324587) q[1];
rx(pi*0.169400340683) q[2];
rx(pi*-0.058667658487) q[3];
rx(pi*0.055552228965) q[4];
rx(pi*-0.000488887762) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.056744367337) q[0];
rx(pi*-0.2449976523) q[1];
rx(pi*-0.008913277101) q[2];
rx(pi*-0.031738243187) q[3];
rx(pi*0.047827028882) q[4];
rx(pi*-0.001931975925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.104566088593) q[0];
rx(pi*-0.109782987081) q[1];
rx(pi*0.147238340506) q[2];
rx(pi*-0.047603814505) q[3];
rx(pi*0.055234345321) q[4];
rx(pi*-0.008531011809) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.365503988946) q[0];
rx(pi*-0.191936720605) q[1];
rx(pi*0.002896837973) q[2];
rx(pi*-0.028842235864) q[3];
rx(pi*0.049535643392) q[4];
rx(pi*0.003839983341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003403629116) q[0];
rx(pi*0.026455312422) q[1];
rx(pi*0.162033716045) q[2];
rx(pi*-0.059698500044) q[3];
rx(pi*0.055917663059) q[4];
rx(pi*0.001429726087) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
