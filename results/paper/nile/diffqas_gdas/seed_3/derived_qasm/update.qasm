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
rx(pi*-0.006049496769) q[0];
rx(pi*0.003280753895) q[1];
rx(pi*-0.000836242531) q[2];
rx(pi*-4.628227e-06) q[3];
rx(pi*-0.00226306727) q[4];
rx(pi*0.005177760081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004694394056) q[0];
rx(pi*0.003114513494) q[1];
rx(pi*-0.004779973303) q[2];
rx(pi*-0.00077077788) q[3];
rx(pi*0.003924045064) q[4];
rx(pi*-0.003175208203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000509853241) q[0];
rx(pi*-0.001397165739) q[1];
rx(pi*-0.002737484976) q[2];
rx(pi*-0.002183308803) q[3];
rx(pi*-0.005494437177) q[4];
rx(pi*0.000544827871) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000415590034) q[0];
rx(pi*-0.003252019075) q[1];
rx(pi*0.001009564065) q[2];
rx(pi*-0.001281417304) q[3];
rx(pi*-0.000269518813) q[4];
rx(pi*0.001392131884) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006516627162) q[0];
rx(pi*-0.00214380443) q[1];
rx(pi*-0.006268170137) q[2];
rx(pi*0.000644078168) q[3];
rx(pi*-0.003401523734) q[4];
rx(pi*0.000349605856) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
