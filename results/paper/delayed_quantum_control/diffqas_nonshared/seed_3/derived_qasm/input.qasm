// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001339874415) q[0];
ry(pi*0.223129947898) q[1];
ry(pi*-0.270901619046) q[2];
ry(pi*-0.500952407903) q[3];
ry(pi*0.001925428548) q[4];
ry(pi*0.021595018585) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005215843722) q[0];
ry(pi*-0.006649123938) q[1];
ry(pi*0.019714228762) q[2];
ry(pi*-0.020223703956) q[3];
ry(pi*0.267363258519) q[4];
ry(pi*-0.027323261083) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.069968600153) q[0];
ry(pi*0.105969588117) q[1];
ry(pi*-0.036631948033) q[2];
ry(pi*-0.022012841178) q[3];
ry(pi*-0.000607805313) q[4];
ry(pi*-0.060143918499) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02812042005) q[0];
ry(pi*-0.021945001747) q[1];
ry(pi*-0.44395607299) q[2];
ry(pi*-0.460517194725) q[3];
ry(pi*0.441128260837) q[4];
ry(pi*-0.382170940668) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.498787579445) q[0];
ry(pi*0.02735152099) q[1];
ry(pi*0.121108816249) q[2];
ry(pi*-0.001231467544) q[3];
ry(pi*0.002196158096) q[4];
ry(pi*0.001564545839) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
