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
ry(0) q[0];
ry(0) q[1];
ry(pi*0.002117744323) q[2];
ry(pi*0.00414606475) q[3];
ry(pi*0.040398600518) q[4];
ry(pi*-0.007452695694) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-0.001975049843) q[2];
ry(pi*0.026782715643) q[3];
ry(pi*-0.045318362061) q[4];
ry(pi*-0.006030938457) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*0.030348989825) q[2];
ry(pi*-0.00126447968) q[3];
ry(pi*0.035851809992) q[4];
ry(pi*-0.001825274971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*0.029770309162) q[2];
ry(pi*-0.030633782626) q[3];
ry(pi*-0.044118558699) q[4];
ry(pi*-0.005445843227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*0.001394760351) q[2];
ry(pi*-2.9892284e-05) q[3];
ry(pi*0.040256987929) q[4];
ry(pi*-0.000847272442) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
