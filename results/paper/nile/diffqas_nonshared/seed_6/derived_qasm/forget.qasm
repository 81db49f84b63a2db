// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.011135705635) q[0];
rx(pi*0.001371314629) q[1];
rx(pi*0.171556403731) q[2];
rx(pi*0.00096111545) q[3];
rx(pi*-0.000300216681) q[4];
rx(pi*0.005843803725) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.011057849779) q[0];
rx(pi*0.002144014909) q[1];
rx(pi*0.164414055944) q[2];
rx(pi*-0.00252621009) q[3];
rx(pi*-0.00024649416) q[4];
rx(pi*0.003323400778) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.012016329277) q[0];
rx(pi*-0.003684179729) q[1];
rx(pi*0.163175742647) q[2];
rx(pi*0.001076831127) q[3];
rx(pi*0.001014725246) q[4];
rx(pi*-0.003467200865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009627918846) q[0];
rx(pi*0.001853831624) q[1];
rx(pi*0.152004247295) q[2];
rx(pi*-0.000267474555) q[3];
rx(pi*-0.002236870945) q[4];
rx(pi*0.002741560263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.01649191508) q[0];
rx(pi*-0.001684266694) q[1];
rx(pi*0.162173905678) q[2];
rx(pi*0.002123031198) q[3];
rx(pi*0.004240546366) q[4];
rx(pi*0.005049131967) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
