// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004991627347) q[0];
rx(pi*-0.030048912104) q[1];
rx(pi*-0.019096146445) q[2];
rx(pi*0.011053084062) q[3];
rx(pi*0.000277885553) q[4];
rx(pi*-0.001048985581) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.021185133716) q[0];
rx(pi*0.017660235539) q[1];
rx(pi*-0.029787958561) q[2];
rx(pi*0.00207539552) q[3];
rx(pi*0.007927457281) q[4];
rx(pi*-0.002181422942) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.019133845295) q[0];
rx(pi*-0.019821795941) q[1];
rx(pi*0.014772139852) q[2];
rx(pi*0.184278997098) q[3];
rx(pi*0.017316738685) q[4];
rx(pi*0.200646236325) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.007536847538) q[0];
rx(pi*-0.001629017163) q[1];
rx(pi*-0.020320441253) q[2];
rx(pi*-0.019647710308) q[3];
rx(pi*-0.020856295681) q[4];
rx(pi*0.002047177411) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001430391023) q[0];
rx(pi*2.1451785e-05) q[1];
rx(pi*-0.000758103862) q[2];
rx(pi*0.00274430479) q[3];
rx(pi*0.003516499178) q[4];
rx(pi*-0.004733817647) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
