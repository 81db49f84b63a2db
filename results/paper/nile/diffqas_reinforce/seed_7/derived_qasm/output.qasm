// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.0e-12) q[0];
rx(pi*9.6e-11) q[1];
rx(pi*-0.001266881956) q[2];
rx(pi*0.000963874576) q[3];
rx(pi*0.002219239185) q[4];
rx(pi*-0.001920764365) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.7e-10) q[0];
rx(pi*5.1e-11) q[1];
rx(pi*-7.7276e-07) q[2];
rx(pi*0.002133713892) q[3];
rx(pi*-0.061685449506) q[4];
rx(pi*-0.002232364028) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.0363e-08) q[0];
rx(pi*-2.0e-12) q[1];
rx(pi*7.5275729e-05) q[2];
rx(pi*4.854619e-06) q[3];
rx(pi*0.001813564339) q[4];
rx(pi*-0.000529546508) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*8.863e-09) q[0];
rx(pi*-4.2e-11) q[1];
rx(pi*-0.048403838357) q[2];
rx(pi*-0.07056275072) q[3];
rx(pi*-0.064682294611) q[4];
rx(pi*-0.006522525908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.64e-10) q[0];
rx(pi*7.0e-12) q[1];
rx(pi*0.001266880918) q[2];
rx(pi*-0.000978106879) q[3];
rx(pi*0.005696008985) q[4];
rx(pi*0.001697067221) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
