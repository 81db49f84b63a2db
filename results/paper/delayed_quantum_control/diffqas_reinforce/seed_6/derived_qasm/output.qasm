// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.036491789231) q[0];
ry(pi*0.000220635713) q[1];
ry(pi*0.002020667591) q[2];
ry(pi*-0.443073081312) q[3];
ry(pi*-0.001423554904) q[4];
ry(pi*-1.3836263e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001409133245) q[0];
ry(pi*0.05415362441) q[1];
ry(pi*0.002204979683) q[2];
ry(pi*2.2158025e-05) q[3];
ry(pi*-4.54798e-07) q[4];
ry(pi*-2.90708e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000357276071) q[0];
ry(pi*-0.000235667651) q[1];
ry(pi*0.499633118919) q[2];
ry(pi*-2.8133773e-05) q[3];
ry(pi*-0.500001683516) q[4];
ry(pi*5.027696e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.441095475929) q[0];
ry(pi*0.000836659857) q[1];
ry(pi*-0.000464482916) q[2];
ry(pi*0.00046691669) q[3];
ry(pi*3.568384e-06) q[4];
ry(pi*-1.160708e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001216772113) q[0];
ry(pi*-0.02630716135) q[1];
ry(pi*0.489927723672) q[2];
ry(pi*-0.112395363684) q[3];
ry(pi*7.9650096e-05) q[4];
ry(pi*0.003151836446) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
