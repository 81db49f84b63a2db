// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.053876816764) q[0];
rx(pi*-0.004214947979) q[1];
rx(pi*-0.000790546001) q[2];
rx(pi*0.001338318501) q[3];
rx(pi*0.003616159761) q[4];
rx(pi*0.000349217063) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053004668012) q[0];
rx(pi*-0.002497411831) q[1];
rx(pi*0.002383343225) q[2];
rx(pi*0.00520369227) q[3];
rx(pi*0.000868259858) q[4];
rx(pi*-0.003925787592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.054374291695) q[0];
rx(pi*0.005093656855) q[1];
rx(pi*0.00064579572) q[2];
rx(pi*-0.005513551035) q[3];
rx(pi*-0.000266408727) q[4];
rx(pi*-0.003702666004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053248761897) q[0];
rx(pi*-0.001552753684) q[1];
rx(pi*-0.002270545052) q[2];
rx(pi*0.001761457466) q[3];
rx(pi*-0.000200813676) q[4];
rx(pi*-0.00187621917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.050020273772) q[0];
rx(pi*0.002642123203) q[1];
rx(pi*-0.005229904899) q[2];
rx(pi*-0.000817198858) q[3];
rx(pi*-0.003121816519) q[4];
rx(pi*-0.000551169215) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
