// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*0.212315045339) q[0];
ry(pi*0.12089452855) q[1];
ry(pi*0.147082745002) q[2];
ry(pi*-0.337537172261) q[3];
ry(pi*0.080010183003) q[4];
ry(pi*0.199715167704) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.237877882082) q[0];
ry(pi*0.043364908986) q[1];
ry(pi*0.072316212062) q[2];
ry(pi*-0.014749495878) q[3];
ry(pi*-0.122467359848) q[4];
ry(pi*0.076609033387) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.178519288299) q[0];
ry(pi*-0.158733634257) q[1];
ry(pi*0.08163486682) q[2];
ry(pi*0.256950312593) q[3];
ry(pi*0.019383061822) q[4];
ry(pi*-0.147433864157) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.18742346441) q[0];
ry(pi*0.107141145801) q[1];
ry(pi*-0.22196716511) q[2];
ry(pi*0.092371781899) q[3];
ry(pi*-0.064846593863) q[4];
ry(pi*-0.153677842856) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.265053573133) q[0];
ry(pi*-0.258837209269) q[1];
ry(pi*0.217681961343) q[2];
ry(pi*-0.030917126383) q[3];
ry(pi*-0.167433454903) q[4];
ry(pi*0.002585509413) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
