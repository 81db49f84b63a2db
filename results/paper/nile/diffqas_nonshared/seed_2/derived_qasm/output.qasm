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
rx(pi*0.08256528088) q[0];
rx(pi*0.098144211926) q[1];
rx(pi*-0.001031674061) q[2];
rx(pi*0.008245111474) q[3];
rx(pi*0.000654242891) q[4];
rx(pi*-0.00222312682) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.127054884863) q[0];
rx(pi*0.102548317903) q[1];
rx(pi*-0.005860200329) q[2];
rx(pi*0.004538753789) q[3];
rx(pi*-0.000905728885) q[4];
rx(pi*-0.001491310292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.121406802224) q[0];
rx(pi*0.089083074273) q[1];
rx(pi*-0.001756163328) q[2];
rx(pi*0.007163872963) q[3];
rx(pi*-0.002792902001) q[4];
rx(pi*0.000970993655) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.219432861364) q[0];
rx(pi*0.103482441136) q[1];
rx(pi*-0.003657261254) q[2];
rx(pi*0.006162909926) q[3];
rx(pi*0.001478679037) q[4];
rx(pi*0.000856498237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.11799126178) q[0];
rx(pi*0.099154662523) q[1];
rx(pi*-0.00259114343) q[2];
rx(pi*0.008108893668) q[3];
rx(pi*-0.002028853887) q[4];
rx(pi*-0.001059993258) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
