// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*0.008691132313) q[0];
ry(pi*0.000495779093) q[1];
ry(pi*0.017911536697) q[2];
ry(pi*-0.00291602535) q[3];
ry(pi*-0.01215615487) q[4];
ry(pi*0.007904574369) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004632452185) q[0];
ry(pi*0.012872574123) q[1];
ry(pi*-0.001724853699) q[2];
ry(pi*0.500460292773) q[3];
ry(pi*0.006581098337) q[4];
ry(pi*-0.000917712547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0370132386) q[0];
ry(pi*-0.049479645327) q[1];
ry(pi*0.043636646165) q[2];
ry(pi*-0.049248709042) q[3];
ry(pi*-0.004826406435) q[4];
ry(pi*-0.015953908431) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004356465704) q[0];
ry(pi*-0.138337683839) q[1];
ry(pi*-0.001024621535) q[2];
ry(pi*0.141361541394) q[3];
ry(pi*-0.501793811317) q[4];
ry(pi*-0.02794595852) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008052632356) q[0];
ry(pi*0.008702725255) q[1];
ry(pi*-0.006623567647) q[2];
ry(pi*0.037215817742) q[3];
ry(pi*-0.000301409482) q[4];
ry(pi*0.000773853689) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
