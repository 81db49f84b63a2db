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
rx(pi*0.057574040851) q[0];
rx(pi*-0.038770235988) q[1];
rx(pi*0.113713865299) q[2];
rx(pi*0.030771923202) q[3];
rx(pi*-0.069280363731) q[4];
rx(pi*-0.001516514253) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.042914467497) q[0];
rx(pi*-0.037206151127) q[1];
rx(pi*0.022928356889) q[2];
rx(pi*-0.016499102194) q[3];
rx(pi*-0.073440475429) q[4];
rx(pi*0.00197112367) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.155626078425) q[0];
rx(pi*-0.037743924174) q[1];
rx(pi*0.09545720602) q[2];
rx(pi*0.04596329793) q[3];
rx(pi*-0.067266942543) q[4];
rx(pi*0.000989422863) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.124697075102) q[0];
rx(pi*-0.054121588925) q[1];
rx(pi*0.056010439795) q[2];
rx(pi*0.010014777914) q[3];
rx(pi*-0.071183899507) q[4];
rx(pi*-0.002948418353) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.120178876507) q[0];
rx(pi*0.071256437064) q[1];
rx(pi*0.109759830843) q[2];
rx(pi*0.037332123057) q[3];
rx(pi*-0.057695684623) q[4];
rx(pi*-0.000664556284) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
