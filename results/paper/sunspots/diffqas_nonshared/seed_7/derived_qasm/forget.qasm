// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
rx(pi*-3.396661e-06) q[0];
rx(pi*-3.6390508e-05) q[1];
rx(pi*5.0275674e-05) q[2];
rx(pi*4.441928e-06) q[3];
rx(pi*-2.2189673e-05) q[4];
rx(pi*-7.1552883e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.989624e-06) q[0];
rx(pi*1.2286786e-05) q[1];
rx(pi*-5.44779e-07) q[2];
rx(pi*-6.7790498e-05) q[3];
rx(pi*-4.22802e-07) q[4];
rx(pi*-7.4575692e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*5.1178023e-05) q[0];
rx(pi*-3.4125866e-05) q[1];
rx(pi*-1.400476e-06) q[2];
rx(pi*-1.7692682e-05) q[3];
rx(pi*9.148049e-06) q[4];
rx(pi*-3.7098693e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.096585e-06) q[0];
rx(pi*-4.9124988e-05) q[1];
rx(pi*-3.0697642e-05) q[2];
rx(pi*0.000106024735) q[3];
rx(pi*-1.8951248e-05) q[4];
rx(pi*3.6780181e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*3.1695867e-05) q[0];
rx(pi*-4.158825e-06) q[1];
rx(pi*-4.1810567e-05) q[2];
rx(pi*5.308128e-06) q[3];
rx(pi*-8.2724005e-05) q[4];
rx(pi*-0.006685918618) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
