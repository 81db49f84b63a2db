// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.1e-11) q[0];
rx(pi*-0.000140990092) q[1];
rx(pi*-0.002358741945) q[2];
rx(pi*0.011529039154) q[3];
rx(pi*0.008031946725) q[4];
rx(pi*0.00056350806) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0008915598) q[0];
rx(pi*-1.87e-10) q[1];
rx(pi*4.58e-10) q[2];
rx(pi*1.7623e-08) q[3];
rx(pi*-0.042314767401) q[4];
rx(pi*-0.003535591395) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-4.3551e-08) q[0];
rx(pi*-2.36527e-07) q[1];
rx(pi*0.000151010908) q[2];
rx(pi*-1.0404808e-05) q[3];
rx(pi*0.004361486071) q[4];
rx(pi*-0.002651426075) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.48e-10) q[0];
rx(pi*5.60793e-07) q[1];
rx(pi*-0.035540052174) q[2];
rx(pi*0.05328192626) q[3];
rx(pi*-0.034401632765) q[4];
rx(pi*0.00054871632) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.9557e-08) q[0];
rx(pi*0.000912300941) q[1];
rx(pi*0.002358741797) q[2];
rx(pi*-0.01152904034) q[3];
rx(pi*-0.012393433981) q[4];
rx(pi*-0.000551169919) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
