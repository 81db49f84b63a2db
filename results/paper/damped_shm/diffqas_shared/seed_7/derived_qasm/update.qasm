// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.030726538018) q[0];
rz(pi*-0.001968673814) q[1];
rz(pi*-0.017189074623) q[2];
rz(pi*0.068959401758) q[3];
rz(pi*-0.00516782429) q[4];
rz(pi*0.001838425753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.109689897295) q[0];
rz(pi*0.021317409341) q[1];
rz(pi*0.014557465583) q[2];
rz(pi*0.00022889299) q[3];
rz(pi*-0.003790870308) q[4];
rz(pi*0.020210126583) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.025022647042) q[0];
rz(pi*0.029345986032) q[1];
rz(pi*-0.042366657866) q[2];
rz(pi*-0.013753497772) q[3];
rz(pi*0.002049852421) q[4];
rz(pi*-0.056971395236) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002074179633) q[0];
rz(pi*-0.020507227954) q[1];
rz(pi*-0.025899863889) q[2];
rz(pi*-0.044978963321) q[3];
rz(pi*-0.044997959785) q[4];
rz(pi*-0.036923592367) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007897330337) q[0];
rz(pi*0.009012235989) q[1];
rz(pi*-0.007739430237) q[2];
rz(pi*0.005793430487) q[3];
rz(pi*-0.02075682868) q[4];
rz(pi*0.002078898363) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
