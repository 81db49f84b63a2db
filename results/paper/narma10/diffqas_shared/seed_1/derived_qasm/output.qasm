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
rx(pi*0.085151987355) q[0];
rx(pi*0.000271496184) q[1];
rx(pi*-0.000301834571) q[2];
rx(pi*-0.000823980133) q[3];
rx(pi*0.003360485681) q[4];
rx(pi*-0.00716468642) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082840252912) q[0];
rx(pi*-0.000439894828) q[1];
rx(pi*-0.004537017486) q[2];
rx(pi*0.001059382499) q[3];
rx(pi*-0.002073088552) q[4];
rx(pi*0.002745258467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081960164065) q[0];
rx(pi*0.001585067534) q[1];
rx(pi*0.003879691819) q[2];
rx(pi*0.001218923667) q[3];
rx(pi*-0.002787509886) q[4];
rx(pi*-0.004820230509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088865864771) q[0];
rx(pi*-0.000899170021) q[1];
rx(pi*-0.002191771983) q[2];
rx(pi*0.000459185851) q[3];
rx(pi*-0.000609271587) q[4];
rx(pi*0.002712469408) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082470834542) q[0];
rx(pi*-0.000501147418) q[1];
rx(pi*-0.002274574241) q[2];
rx(pi*0.001494689368) q[3];
rx(pi*-0.0032908972) q[4];
rx(pi*0.002119594462) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
