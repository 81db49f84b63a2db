// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.000409168018) q[0];
rx(pi*-0.00078646271) q[1];
rx(pi*-0.001760286047) q[2];
rx(pi*0.00674766839) q[3];
rx(pi*-0.001378300158) q[4];
rx(pi*-0.002937844307) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000724589022) q[0];
rx(pi*0.003504529153) q[1];
rx(pi*-0.002899156503) q[2];
rx(pi*0.005453885894) q[3];
rx(pi*-0.000124774396) q[4];
rx(pi*0.008990451717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003948565561) q[0];
rx(pi*0.001094612001) q[1];
rx(pi*0.000332005668) q[2];
rx(pi*0.003552483959) q[3];
rx(pi*0.002470016517) q[4];
rx(pi*0.002845660172) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001718469814) q[0];
rx(pi*-0.001681524835) q[1];
rx(pi*-0.002703934933) q[2];
rx(pi*0.002418845535) q[3];
rx(pi*0.001795096444) q[4];
rx(pi*0.001849061905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003246650677) q[0];
rx(pi*-0.000882292502) q[1];
rx(pi*0.003858585823) q[2];
rx(pi*0.009059614497) q[3];
rx(pi*0.000697459624) q[4];
rx(pi*-0.004728680183) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
