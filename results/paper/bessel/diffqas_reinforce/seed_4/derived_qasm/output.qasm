// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.008002844902) q[0];
ry(pi*0.000494294031) q[1];
ry(pi*-0.002806905074) q[2];
ry(pi*-0.00453369933) q[3];
ry(pi*0.055114774322) q[4];
ry(pi*0.005083177377) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.059756257831) q[0];
ry(pi*9.963192e-05) q[1];
ry(pi*-0.038943784454) q[2];
ry(pi*-0.001409796253) q[3];
ry(pi*-0.000342653752) q[4];
ry(pi*-0.003075077748) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002595308541) q[0];
ry(pi*0.00031256416) q[1];
ry(pi*0.000456523478) q[2];
ry(pi*0.000168062155) q[3];
ry(pi*-0.001522187994) q[4];
ry(pi*0.001750684354) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.058636818286) q[0];
ry(pi*-0.00904086883) q[1];
ry(pi*-0.000890419064) q[2];
ry(pi*0.004288155512) q[3];
ry(pi*0.00080568618) q[4];
ry(pi*0.00047820944) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000833732422) q[0];
ry(pi*0.217172391286) q[1];
ry(pi*0.014223693449) q[2];
ry(pi*-0.000304371898) q[3];
ry(pi*0.01785371132) q[4];
ry(pi*-0.005427565949) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
