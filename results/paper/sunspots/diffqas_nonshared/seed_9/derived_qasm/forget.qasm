// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*-0.006752013742) q[0];
rx(pi*0.101351735165) q[1];
rx(pi*-0.005076193627) q[2];
rx(pi*-0.002735211507) q[3];
rx(pi*-0.002169574905) q[4];
rx(pi*-0.001155389642) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.246212970626) q[0];
rx(pi*0.098234171209) q[1];
rx(pi*-0.001417285301) q[2];
rx(pi*0.001839943128) q[3];
rx(pi*0.002923678186) q[4];
rx(pi*0.001925547276) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005375757305) q[0];
rx(pi*0.102677294642) q[1];
rx(pi*-0.002982318799) q[2];
rx(pi*-0.002868001472) q[3];
rx(pi*0.001615563706) q[4];
rx(pi*-0.01048578942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.248058108285) q[0];
rx(pi*0.096499929261) q[1];
rx(pi*-0.004668309789) q[2];
rx(pi*0.00227930557) q[3];
rx(pi*-0.002124983316) q[4];
rx(pi*-0.000980286522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004524496658) q[0];
rx(pi*0.101247309162) q[1];
rx(pi*-0.006968021439) q[2];
rx(pi*-0.001449063171) q[3];
rx(pi*-0.000252576556) q[4];
rx(pi*0.003320924834) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
