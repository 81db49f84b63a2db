// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.499998306366) q[0];
ry(pi*0.136518804463) q[1];
ry(pi*0.000157824283) q[2];
ry(pi*-0.000194293406) q[3];
ry(pi*0.054928737044) q[4];
ry(pi*-4.82772e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.108078646183) q[0];
ry(pi*0.26751883505) q[1];
ry(pi*-0.038711164338) q[2];
ry(pi*-2.4904098e-05) q[3];
ry(pi*-7.281063e-06) q[4];
ry(pi*-0.114740082249) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*8.0111519e-05) q[0];
ry(pi*-3.0609708e-05) q[1];
ry(pi*0.000108250568) q[2];
ry(pi*-0.500049950186) q[3];
ry(pi*-0.149227310565) q[4];
ry(pi*-9.3957076e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.058057637217) q[0];
ry(pi*0.006057956243) q[1];
ry(pi*6.40785e-06) q[2];
ry(pi*-0.000125093625) q[3];
ry(pi*-3.001377e-06) q[4];
ry(pi*1.5974304e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.8894315e-05) q[0];
ry(pi*0.115018317594) q[1];
ry(pi*-0.090807023506) q[2];
ry(pi*0.000970660965) q[3];
ry(pi*0.002201412806) q[4];
ry(pi*-0.000215952798) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
