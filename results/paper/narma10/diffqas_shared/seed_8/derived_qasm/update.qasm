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
ry(pi*-0.007648976477) q[0];
ry(pi*0.032122960707) q[1];
ry(pi*0.080419652843) q[2];
ry(pi*-0.002338671446) q[3];
ry(pi*-0.501307805412) q[4];
ry(pi*-0.151150530567) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.029865445634) q[0];
ry(pi*0.50229230129) q[1];
ry(pi*0.036468056695) q[2];
ry(pi*0.250082348682) q[3];
ry(pi*0.251652267663) q[4];
ry(pi*-0.213290434298) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004848964735) q[0];
ry(pi*-0.012504927333) q[1];
ry(pi*-0.00868065995) q[2];
ry(pi*0.006019442158) q[3];
ry(pi*-0.000236467934) q[4];
ry(pi*0.089767212582) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014903508343) q[0];
ry(pi*-0.011442294566) q[1];
ry(pi*-0.020778602279) q[2];
ry(pi*-0.014070941485) q[3];
ry(pi*0.053009112378) q[4];
ry(pi*0.063778750704) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000255850949) q[0];
ry(pi*-0.00908911297) q[1];
ry(pi*0.036997880161) q[2];
ry(pi*0.003222812013) q[3];
ry(pi*0.016183574728) q[4];
ry(pi*-0.001548693664) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
