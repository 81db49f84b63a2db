// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
ry(pi*-0.005287695889) q[0];
ry(pi*0.246000399961) q[1];
ry(pi*-0.35949945581) q[2];
ry(pi*-0.338234686358) q[3];
ry(pi*0.226164031764) q[4];
ry(pi*-0.150452580098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.469319335399) q[0];
ry(pi*0.082565631876) q[1];
ry(pi*0.072259934149) q[2];
ry(pi*-0.071625181902) q[3];
ry(pi*0.161210431604) q[4];
ry(pi*-0.164308908976) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.032983066508) q[0];
ry(pi*0.058149256615) q[1];
ry(pi*0.075010361207) q[2];
ry(pi*-0.119916730052) q[3];
ry(pi*0.023075775138) q[4];
ry(pi*-0.135923771664) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.046188632512) q[0];
ry(pi*-0.101157150665) q[1];
ry(pi*0.057095211388) q[2];
ry(pi*0.039407082352) q[3];
ry(pi*0.021688717871) q[4];
ry(pi*-0.071329738275) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.040950840285) q[0];
ry(pi*0.35574307944) q[1];
ry(pi*-0.117910656061) q[2];
ry(pi*-0.107999453934) q[3];
ry(pi*-0.177204457911) q[4];
ry(pi*0.002605930019) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
