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
rx(pi*-0.003797554941) q[0];
rx(pi*0.007400552061) q[1];
rx(pi*-0.004897618568) q[2];
rx(pi*0.002766285311) q[3];
rx(pi*0.001813014277) q[4];
rx(pi*-0.000741597868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005437259838) q[0];
rx(pi*-0.000964587537) q[1];
rx(pi*0.004130710461) q[2];
rx(pi*0.002748224737) q[3];
rx(pi*0.002738278274) q[4];
rx(pi*0.004750167413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000887037171) q[0];
rx(pi*0.000339377692) q[1];
rx(pi*0.002779680071) q[2];
rx(pi*0.002236297909) q[3];
rx(pi*0.004385472663) q[4];
rx(pi*0.00152048519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001111956946) q[0];
rx(pi*0.003732007951) q[1];
rx(pi*2.5735634e-05) q[2];
rx(pi*-0.003435458272) q[3];
rx(pi*-0.000111286208) q[4];
rx(pi*0.000316573043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002906177901) q[0];
rx(pi*0.002591635832) q[1];
rx(pi*-0.001591581264) q[2];
rx(pi*0.00075334111) q[3];
rx(pi*-0.000948958884) q[4];
rx(pi*-0.00157197367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
