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
ry(pi*-0.042016316593) q[0];
ry(pi*-0.001203009756) q[1];
ry(pi*0.102123508596) q[2];
ry(pi*-0.20453411281) q[3];
ry(pi*0.08117503382) q[4];
ry(pi*0.052101546249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.050922214482) q[0];
ry(pi*-0.481014364751) q[1];
ry(pi*-0.16927119319) q[2];
ry(pi*0.243939390379) q[3];
ry(pi*0.04016227123) q[4];
ry(pi*-0.17274390801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.201941524783) q[0];
ry(pi*0.154379872466) q[1];
ry(pi*0.264779397956) q[2];
ry(pi*-0.197597391661) q[3];
ry(pi*-0.073994218786) q[4];
ry(pi*0.06130756929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.122405176667) q[0];
ry(pi*-0.27579002338) q[1];
ry(pi*0.219069248655) q[2];
ry(pi*-0.117956731379) q[3];
ry(pi*0.215103223422) q[4];
ry(pi*0.224599994335) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.100124350171) q[0];
ry(pi*0.286114063011) q[1];
ry(pi*0.122507515668) q[2];
ry(pi*0.065023875217) q[3];
ry(pi*-0.14795223757) q[4];
ry(pi*0.000607807165) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
