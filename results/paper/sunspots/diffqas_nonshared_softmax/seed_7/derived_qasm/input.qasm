// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.078180906561) q[0];
ry(pi*-0.126911147326) q[1];
ry(pi*0.169824647213) q[2];
ry(pi*-0.054475601425) q[3];
ry(pi*-0.015193732093) q[4];
ry(pi*0.051864320498) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.084817877268) q[0];
ry(pi*-0.121399080316) q[1];
ry(pi*-0.029425574337) q[2];
ry(pi*-0.119399068118) q[3];
ry(pi*0.092042803941) q[4];
ry(pi*0.066315269519) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.092645387894) q[0];
ry(pi*0.076521028297) q[1];
ry(pi*0.021324045059) q[2];
ry(pi*0.020667853608) q[3];
ry(pi*-0.008243122893) q[4];
ry(pi*0.044975486565) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041681879227) q[0];
ry(pi*-0.080986776731) q[1];
ry(pi*0.082078591956) q[2];
ry(pi*-0.168505680766) q[3];
ry(pi*-0.075821076203) q[4];
ry(pi*0.038033455419) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.038244842659) q[0];
ry(pi*0.114849735244) q[1];
ry(pi*0.101541993879) q[2];
ry(pi*0.011019039838) q[3];
ry(pi*-0.045311868638) q[4];
ry(pi*0.002217633023) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
