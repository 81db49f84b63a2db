// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.039359875784) q[0];
rz(pi*-0.015341549956) q[1];
rz(pi*-0.008873661411) q[2];
rz(pi*0.025504931916) q[3];
rz(pi*-0.024200116768) q[4];
rz(pi*-0.009229202995) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.074348217056) q[0];
rz(pi*0.032466082849) q[1];
rz(pi*0.001965428881) q[2];
rz(pi*0.012656480456) q[3];
rz(pi*-0.022314306281) q[4];
rz(pi*0.011891458952) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.028487061284) q[0];
rz(pi*0.012481528006) q[1];
rz(pi*-0.051634233244) q[2];
rz(pi*-0.01067747109) q[3];
rz(pi*-0.017958623499) q[4];
rz(pi*-0.034196819582) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.021018517417) q[0];
rz(pi*-0.016924604007) q[1];
rz(pi*0.016276746335) q[2];
rz(pi*0.005661019681) q[3];
rz(pi*-0.017803997977) q[4];
rz(pi*-0.018655199631) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.01176523919) q[0];
rz(pi*-0.007812225113) q[1];
rz(pi*-0.018131790139) q[2];
rz(pi*-0.017837502664) q[3];
rz(pi*-0.013014142838) q[4];
rz(pi*0.002078829142) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
