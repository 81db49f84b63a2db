// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.012424442566) q[0];
ry(pi*0.018211540898) q[1];
ry(pi*-0.098152872985) q[2];
ry(pi*0.01020460737) q[3];
ry(pi*-0.022893662848) q[4];
ry(pi*-0.066705515223) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.041028253839) q[0];
ry(pi*-0.336482970508) q[1];
ry(pi*0.054930700724) q[2];
ry(pi*-0.163213346633) q[3];
ry(pi*-0.027122384745) q[4];
ry(pi*-0.055473302335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.06362610072) q[0];
ry(pi*-0.040243199485) q[1];
ry(pi*-0.154515888094) q[2];
ry(pi*-0.053517340114) q[3];
ry(pi*-0.015261540693) q[4];
ry(pi*0.117779563861) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.033325427368) q[0];
ry(pi*0.130555100681) q[1];
ry(pi*0.218481662659) q[2];
ry(pi*0.214331544855) q[3];
ry(pi*-0.451039092995) q[4];
ry(pi*-0.180926493608) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014006934549) q[0];
ry(pi*-0.006717354682) q[1];
ry(pi*0.04066342213) q[2];
ry(pi*0.012332708145) q[3];
ry(pi*0.008066222179) q[4];
ry(pi*0.00096457101) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
