// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.292340748049) q[0];
ry(pi*-0.065596287758) q[1];
ry(pi*-0.222116917008) q[2];
ry(pi*-0.357532057765) q[3];
ry(pi*-0.101144970161) q[4];
ry(pi*0.083966759807) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.118411280468) q[0];
ry(pi*0.145929960852) q[1];
ry(pi*0.281426257538) q[2];
ry(pi*0.276865000292) q[3];
ry(pi*0.015786076691) q[4];
ry(pi*-0.025169659749) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.399560412567) q[0];
ry(pi*-0.142912942973) q[1];
ry(pi*0.103319949038) q[2];
ry(pi*0.117125886298) q[3];
ry(pi*0.127357120734) q[4];
ry(pi*-0.208311397148) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.384943807743) q[0];
ry(pi*-0.443787746772) q[1];
ry(pi*-0.069138864978) q[2];
ry(pi*0.555608226714) q[3];
ry(pi*-0.408178934989) q[4];
ry(pi*0.105973079103) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.091389989638) q[0];
ry(pi*-0.089675308592) q[1];
ry(pi*-0.116949069776) q[2];
ry(pi*-0.169292366776) q[3];
ry(pi*0.057993755975) q[4];
ry(pi*0.001415045034) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
