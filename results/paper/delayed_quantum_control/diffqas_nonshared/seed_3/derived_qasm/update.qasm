// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rx(pi*0.314632246716) q[0];
rx(pi*-0.395862661987) q[1];
rx(pi*0.100350382001) q[2];
rx(pi*0.066002887971) q[3];
rx(pi*-0.038758216752) q[4];
rx(pi*0.000880536189) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.110132484066) q[0];
rx(pi*-0.151930908139) q[1];
rx(pi*-0.076078631253) q[2];
rx(pi*-0.048580996389) q[3];
rx(pi*-0.039406442022) q[4];
rx(pi*7.0526831e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.127879725069) q[0];
rx(pi*-0.524875183416) q[1];
rx(pi*0.164552575974) q[2];
rx(pi*0.086018928088) q[3];
rx(pi*-0.038400471365) q[4];
rx(pi*0.003177816956) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.156626957271) q[0];
rx(pi*0.14844142141) q[1];
rx(pi*-0.292071069414) q[2];
rx(pi*-0.013585752594) q[3];
rx(pi*-0.033932071489) q[4];
rx(pi*0.001527561729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.234479976806) q[0];
rx(pi*-0.075745417628) q[1];
rx(pi*0.102043462573) q[2];
rx(pi*0.062850134312) q[3];
rx(pi*-0.029679960938) q[4];
rx(pi*-0.001144035564) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
