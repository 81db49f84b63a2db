// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.075033370407) q[0];
rx(pi*0.066499091728) q[1];
rx(pi*-0.004240151792) q[2];
rx(pi*-0.001705083059) q[3];
rx(pi*-0.000773215952) q[4];
rx(pi*-0.008342857885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.085492994036) q[0];
rx(pi*0.064918040487) q[1];
rx(pi*0.005873283225) q[2];
rx(pi*7.3477014e-05) q[3];
rx(pi*0.000649620063) q[4];
rx(pi*-3.277718e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.07238235106) q[0];
rx(pi*0.061910101068) q[1];
rx(pi*-0.003104147259) q[2];
rx(pi*0.000188501326) q[3];
rx(pi*-5.9354277e-05) q[4];
rx(pi*0.001996568052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.081923983035) q[0];
rx(pi*0.062849228363) q[1];
rx(pi*-0.002756102578) q[2];
rx(pi*0.002211816246) q[3];
rx(pi*0.001914435916) q[4];
rx(pi*-0.000936916155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.07522108203) q[0];
rx(pi*0.06544233814) q[1];
rx(pi*-0.000766123258) q[2];
rx(pi*-0.002610425967) q[3];
rx(pi*0.002430667483) q[4];
rx(pi*-0.001594716362) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
