// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-2.09127e-06) q[0];
ry(0) q[1];
ry(pi*0.00196024858) q[2];
ry(pi*0.000367181847) q[3];
ry(pi*-0.001986023799) q[4];
ry(pi*0.002926010945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-2.7e-10) q[2];
ry(pi*6.197e-09) q[3];
ry(pi*-0.000716393314) q[4];
ry(pi*-0.000689810938) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-4.814473e-06) q[2];
ry(pi*9.680883e-06) q[3];
ry(pi*-0.002396361939) q[4];
ry(pi*0.004122721749) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-1.5065e-08) q[2];
ry(pi*1.9815e-08) q[3];
ry(pi*0.000663800561) q[4];
ry(pi*0.004146937497) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000904747564) q[0];
ry(0) q[1];
ry(pi*-0.001960260883) q[2];
ry(pi*-0.000367377911) q[3];
ry(pi*0.004374621438) q[4];
ry(pi*0.002661602582) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
