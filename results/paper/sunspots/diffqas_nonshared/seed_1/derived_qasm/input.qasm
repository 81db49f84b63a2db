// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027395533022) q[0];
ry(pi*-0.009276507984) q[1];
ry(pi*-0.006272778143) q[2];
ry(pi*0.007269154519) q[3];
ry(pi*0.003830748949) q[4];
ry(pi*0.105754788154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006242789344) q[0];
ry(pi*0.016405035311) q[1];
ry(pi*0.01357259618) q[2];
ry(pi*-0.002132267072) q[3];
ry(pi*-0.005299031513) q[4];
ry(pi*0.00390513042) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028159010619) q[0];
ry(pi*0.013976383682) q[1];
ry(pi*0.199758653242) q[2];
ry(pi*0.018501419581) q[3];
ry(pi*-0.000652024858) q[4];
ry(pi*0.007757311459) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.26217521758) q[0];
ry(pi*-0.203671592727) q[1];
ry(pi*-0.063953475481) q[2];
ry(pi*-0.026550814119) q[3];
ry(pi*-0.017590198827) q[4];
ry(pi*-0.054234021428) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.104028400923) q[0];
ry(pi*-0.222029262914) q[1];
ry(pi*0.168086496878) q[2];
ry(pi*-0.494815634715) q[3];
ry(pi*-0.41529754787) q[4];
ry(pi*-0.003597088592) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
