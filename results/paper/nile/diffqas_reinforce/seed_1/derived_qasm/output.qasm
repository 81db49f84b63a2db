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
ry(pi*-0.056349862251) q[0];
ry(pi*-0.008189017953) q[1];
ry(pi*-0.023320691967) q[2];
ry(pi*-0.00910745013) q[3];
ry(pi*-0.156270013482) q[4];
ry(pi*0.008789573008) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038844694536) q[0];
ry(pi*-0.405812843624) q[1];
ry(pi*0.059002873736) q[2];
ry(pi*-0.300778156622) q[3];
ry(pi*0.084462612568) q[4];
ry(pi*-6.2863059e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.110222234649) q[0];
ry(pi*-0.00459845065) q[1];
ry(pi*0.046403114681) q[2];
ry(pi*-0.076929957414) q[3];
ry(pi*-0.31752559074) q[4];
ry(pi*-0.00559116736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.051315832592) q[0];
ry(pi*-0.117166250819) q[1];
ry(pi*0.33266204885) q[2];
ry(pi*-0.135116566627) q[3];
ry(pi*-0.014506950643) q[4];
ry(pi*-0.05925662475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.802148268538) q[0];
ry(pi*-0.001064632614) q[1];
ry(pi*-0.168758264956) q[2];
ry(pi*-0.005821810753) q[3];
ry(pi*0.128132717173) q[4];
ry(pi*0.003115040284) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
