// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.003004878582) q[0];
rx(pi*0.108804107137) q[1];
rx(pi*-0.0150195931) q[2];
rx(pi*0.024166551605) q[3];
rx(pi*0.060950843688) q[4];
rx(pi*-0.00315598288) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.134783756173) q[0];
rx(pi*0.255393010489) q[1];
rx(pi*-0.255775937456) q[2];
rx(pi*0.09663029101) q[3];
rx(pi*0.068055492626) q[4];
rx(pi*0.001136222498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.014885541151) q[0];
rx(pi*-0.185007247046) q[1];
rx(pi*0.055352090193) q[2];
rx(pi*0.028791680606) q[3];
rx(pi*0.058119758736) q[4];
rx(pi*-0.001456566893) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.333874673046) q[0];
rx(pi*0.221960353894) q[1];
rx(pi*-0.268530442984) q[2];
rx(pi*0.094901000949) q[3];
rx(pi*0.062461558209) q[4];
rx(pi*0.000863553949) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.040698445823) q[0];
rx(pi*0.099499530158) q[1];
rx(pi*-0.022157977955) q[2];
rx(pi*0.025286553219) q[3];
rx(pi*0.062243912334) q[4];
rx(pi*0.000360650367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
