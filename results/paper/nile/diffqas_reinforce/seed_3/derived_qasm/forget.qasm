// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-8.422059e-06) q[0];
ry(pi*-0.000788156843) q[1];
ry(pi*-0.0011734932) q[2];
ry(pi*-6.69977e-07) q[3];
ry(pi*-0.00210186695) q[4];
ry(pi*-0.002108851441) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001307502164) q[0];
ry(pi*-0.00047340989) q[1];
ry(pi*-0.003132596894) q[2];
ry(pi*0.000922254667) q[3];
ry(pi*-1.2223603e-05) q[4];
ry(pi*0.000937477852) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002540278679) q[0];
ry(pi*-0.001441102473) q[1];
ry(pi*6.061847e-06) q[2];
ry(pi*0.001637696157) q[3];
ry(pi*-2.965985e-06) q[4];
ry(pi*-0.139289005868) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.1911411e-05) q[0];
ry(pi*-0.001905791754) q[1];
ry(pi*0.001867526687) q[2];
ry(pi*0.00123490591) q[3];
ry(pi*-0.000634120217) q[4];
ry(pi*0.001322182179) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001928841864) q[0];
ry(pi*1.1281865e-05) q[1];
ry(pi*-0.001610588251) q[2];
ry(pi*-2.267e-09) q[3];
ry(pi*3.933e-09) q[4];
ry(pi*-0.001340932739) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
