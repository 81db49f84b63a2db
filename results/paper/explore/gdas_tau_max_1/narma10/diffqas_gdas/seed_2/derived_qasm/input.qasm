// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.13941334377) q[0];
rx(pi*0.002013393914) q[1];
rx(pi*-0.008639025441) q[2];
rx(pi*0.003827045113) q[3];
rx(pi*0.003319443478) q[4];
rx(pi*-0.00274613981) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143388020575) q[0];
rx(pi*0.000839379927) q[1];
rx(pi*0.002733792998) q[2];
rx(pi*0.005815332153) q[3];
rx(pi*7.32049e-07) q[4];
rx(pi*-0.003543097488) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.139238671168) q[0];
rx(pi*-0.004426002899) q[1];
rx(pi*-0.002826658669) q[2];
rx(pi*-0.002430639024) q[3];
rx(pi*-0.002565880624) q[4];
rx(pi*0.003418688438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.1418693375) q[0];
rx(pi*-0.003204856678) q[1];
rx(pi*0.003439941473) q[2];
rx(pi*-0.005344086453) q[3];
rx(pi*-0.002367882066) q[4];
rx(pi*-0.000714694586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143054318403) q[0];
rx(pi*0.001994560794) q[1];
rx(pi*0.001229116702) q[2];
rx(pi*0.004285967124) q[3];
rx(pi*0.002037292017) q[4];
rx(pi*0.004112012225) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
