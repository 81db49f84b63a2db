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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001938048538) q[0];
ry(pi*-0.007200976543) q[1];
ry(pi*-0.000193701508) q[2];
ry(pi*0.001519828852) q[3];
ry(pi*0.000327683106) q[4];
ry(pi*0.000745638767) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001962472542) q[0];
ry(pi*0.000213340414) q[1];
ry(pi*-0.00555895282) q[2];
ry(pi*-0.00119493663) q[3];
ry(pi*0.002929278704) q[4];
ry(pi*-0.002556397214) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001025217175) q[0];
ry(pi*-0.003879216908) q[1];
ry(pi*0.005009253623) q[2];
ry(pi*0.000131984077) q[3];
ry(pi*0.002750607003) q[4];
ry(pi*0.145733981855) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002373996331) q[0];
ry(pi*0.000533520595) q[1];
ry(pi*-0.001583079546) q[2];
ry(pi*0.000267314898) q[3];
ry(pi*-0.00300135469) q[4];
ry(pi*-0.000704236823) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.111095322553) q[0];
ry(pi*-0.018947180731) q[1];
ry(pi*0.001997914672) q[2];
ry(pi*0.008079079773) q[3];
ry(pi*0.002501359052) q[4];
ry(pi*-0.000363325969) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
