// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.006615195922) q[0];
ry(pi*-0.101151240654) q[1];
ry(pi*-0.037790402663) q[2];
ry(pi*-0.035968319264) q[3];
ry(pi*0.00560472576) q[4];
ry(pi*0.064350750588) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01762568498) q[0];
ry(pi*-0.050023522855) q[1];
ry(pi*0.275199591472) q[2];
ry(pi*-0.066810448747) q[3];
ry(pi*0.420471757675) q[4];
ry(pi*-0.343989879643) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.044827755265) q[0];
ry(pi*-0.104801018641) q[1];
ry(pi*0.169715288295) q[2];
ry(pi*0.118493005579) q[3];
ry(pi*0.21887014864) q[4];
ry(pi*-0.323624911723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.024549364736) q[0];
ry(pi*0.024316464771) q[1];
ry(pi*-0.017703383125) q[2];
ry(pi*-0.269475665275) q[3];
ry(pi*-0.20083332659) q[4];
ry(pi*0.636970085181) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023102626319) q[0];
ry(pi*0.129752847531) q[1];
ry(pi*0.060403517862) q[2];
ry(pi*-0.081023289784) q[3];
ry(pi*-0.003475403317) q[4];
ry(pi*0.000607833142) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
