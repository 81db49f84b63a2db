// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.15832478103) q[0];
ry(pi*-0.148966843198) q[1];
ry(pi*-0.076729439187) q[2];
ry(pi*-0.11549035007) q[3];
ry(pi*0.019304579866) q[4];
ry(pi*1.1391e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.142414196868) q[0];
ry(pi*-0.215609226603) q[1];
ry(pi*-0.030700905835) q[2];
ry(pi*-0.015468165773) q[3];
ry(pi*0.000776530403) q[4];
ry(pi*-5.3005e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.11086432935) q[0];
ry(pi*-0.130391697891) q[1];
ry(pi*-0.086143512636) q[2];
ry(pi*-0.075002748392) q[3];
ry(pi*0.079476878038) q[4];
ry(pi*-1.1837e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.087713649804) q[0];
ry(pi*-0.038582941766) q[1];
ry(pi*-0.266387167568) q[2];
ry(pi*-0.256254278371) q[3];
ry(pi*0.126238221911) q[4];
ry(pi*1.3026e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.09001663781) q[0];
ry(pi*-0.111285135407) q[1];
ry(pi*-0.128566140108) q[2];
ry(pi*-0.167870093718) q[3];
ry(pi*0.081768378045) q[4];
ry(pi*0.003707990824) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
