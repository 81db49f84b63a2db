// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.144844539443) q[0];
ry(pi*-0.005737610292) q[1];
ry(pi*0.007655731368) q[2];
ry(pi*0.038022536603) q[3];
ry(pi*0.002310334758) q[4];
ry(pi*0.00278568791) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008990599942) q[0];
ry(pi*0.408393289093) q[1];
ry(pi*-0.003691278798) q[2];
ry(pi*-0.004324055804) q[3];
ry(pi*-0.013451756378) q[4];
ry(pi*0.005622413697) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00653059644) q[0];
ry(pi*-0.001240903521) q[1];
ry(pi*0.00040876381) q[2];
ry(pi*0.005221622702) q[3];
ry(pi*-0.001662706686) q[4];
ry(pi*0.002322705434) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025416528399) q[0];
ry(pi*0.004527457296) q[1];
ry(pi*-0.009316526252) q[2];
ry(pi*0.007525859945) q[3];
ry(pi*-0.003616741394) q[4];
ry(pi*-0.000555037173) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001085305572) q[0];
ry(pi*-0.030025196169) q[1];
ry(pi*0.043625698889) q[2];
ry(pi*-0.026271528159) q[3];
ry(pi*0.095602527781) q[4];
ry(pi*0.002217629318) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
