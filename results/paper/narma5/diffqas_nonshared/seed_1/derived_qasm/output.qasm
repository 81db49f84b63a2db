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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.096847500512) q[0];
rx(pi*0.00330542321) q[1];
rx(pi*0.001926871367) q[2];
rx(pi*0.005166119708) q[3];
rx(pi*0.003570076143) q[4];
rx(pi*0.00275514149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097481398985) q[0];
rx(pi*7.258141e-06) q[1];
rx(pi*-0.000840922871) q[2];
rx(pi*-0.003000289548) q[3];
rx(pi*0.004904391246) q[4];
rx(pi*-0.001135572977) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095277173617) q[0];
rx(pi*-0.001503412682) q[1];
rx(pi*0.001426114447) q[2];
rx(pi*-0.003073335516) q[3];
rx(pi*0.009476171845) q[4];
rx(pi*-0.004733666755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096928969491) q[0];
rx(pi*-0.002989778646) q[1];
rx(pi*0.000583665122) q[2];
rx(pi*0.00154743331) q[3];
rx(pi*-0.002032089778) q[4];
rx(pi*0.00070207971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09663819316) q[0];
rx(pi*0.003818551251) q[1];
rx(pi*-0.000467459303) q[2];
rx(pi*0.000657456104) q[3];
rx(pi*-0.003736425637) q[4];
rx(pi*-0.004419425285) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
