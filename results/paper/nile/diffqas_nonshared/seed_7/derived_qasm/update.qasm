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
rx(pi*0.050456898358) q[0];
rx(pi*-0.1029505781) q[1];
rx(pi*0.090172005641) q[2];
rx(pi*0.00245038002) q[3];
rx(pi*0.088897340559) q[4];
rx(pi*0.002261048451) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.284522609962) q[0];
rx(pi*-0.232867122497) q[1];
rx(pi*0.119470642809) q[2];
rx(pi*-0.034861657864) q[3];
rx(pi*0.091598357839) q[4];
rx(pi*0.001079490869) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.030113670835) q[0];
rx(pi*0.062815537506) q[1];
rx(pi*0.099674876292) q[2];
rx(pi*-0.014558695255) q[3];
rx(pi*0.09101292525) q[4];
rx(pi*0.003573260303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.324970269262) q[0];
rx(pi*-0.266954661425) q[1];
rx(pi*0.104228971326) q[2];
rx(pi*-0.049747051976) q[3];
rx(pi*0.094267738063) q[4];
rx(pi*-0.003000116126) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.111452285314) q[0];
rx(pi*0.032133350658) q[1];
rx(pi*0.086703521744) q[2];
rx(pi*-0.003498329808) q[3];
rx(pi*0.091151435795) q[4];
rx(pi*-0.00244115467) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
