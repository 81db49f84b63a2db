// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.074326991294) q[0];
ry(pi*-0.00131355284) q[1];
ry(pi*0.002706404651) q[2];
ry(pi*-0.164213134545) q[3];
ry(pi*0.004522139294) q[4];
ry(pi*-0.001925121723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.068686317514) q[0];
ry(pi*-0.470907809727) q[1];
ry(pi*0.045981170259) q[2];
ry(pi*0.002777827856) q[3];
ry(pi*9.9162474e-05) q[4];
ry(pi*0.006333572756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007741530283) q[0];
ry(pi*-0.015873334729) q[1];
ry(pi*-0.0270995463) q[2];
ry(pi*-0.504520308997) q[3];
ry(pi*0.0016815653) q[4];
ry(pi*-0.000316142339) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078191849093) q[0];
ry(pi*-0.183151712321) q[1];
ry(pi*-0.315660968069) q[2];
ry(pi*-0.313705997174) q[3];
ry(pi*-0.005299578758) q[4];
ry(pi*-0.000244238367) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094371234401) q[0];
ry(pi*-0.071090340145) q[1];
ry(pi*-0.509070125677) q[2];
ry(pi*0.024327642091) q[3];
ry(pi*-0.495236070804) q[4];
ry(pi*0.000146532237) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
