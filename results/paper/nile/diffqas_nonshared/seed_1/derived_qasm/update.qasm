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
rx(pi*-0.22666910528) q[0];
rx(pi*-0.102048110896) q[1];
rx(pi*-0.015336237586) q[2];
rx(pi*0.005448118178) q[3];
rx(pi*0.000940822021) q[4];
rx(pi*0.009063165958) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.073667512814) q[0];
rx(pi*-0.09696473312) q[1];
rx(pi*-0.014081259103) q[2];
rx(pi*-0.001142636917) q[3];
rx(pi*0.001504130682) q[4];
rx(pi*-0.003379499932) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.234031878451) q[0];
rx(pi*-0.102979672808) q[1];
rx(pi*-0.008022660158) q[2];
rx(pi*-0.000581820652) q[3];
rx(pi*0.000808277664) q[4];
rx(pi*0.00449342404) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.076932623085) q[0];
rx(pi*-0.095856591846) q[1];
rx(pi*-0.010115440199) q[2];
rx(pi*-0.004517836927) q[3];
rx(pi*0.000476368935) q[4];
rx(pi*-0.002103869612) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.229985162123) q[0];
rx(pi*-0.10101128818) q[1];
rx(pi*-0.010072331744) q[2];
rx(pi*-0.004113810783) q[3];
rx(pi*-0.001358582434) q[4];
rx(pi*-0.002554773266) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
