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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.051173736198) q[0];
ry(pi*-0.168751757303) q[1];
ry(pi*0.030642232613) q[2];
ry(pi*-0.006706587055) q[3];
ry(pi*0.015332107456) q[4];
ry(pi*0.018231363862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00592762236) q[0];
ry(pi*-0.283150899276) q[1];
ry(pi*0.006653304465) q[2];
ry(pi*0.302817423435) q[3];
ry(pi*0.002944053435) q[4];
ry(pi*0.007852493584) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002579205421) q[0];
ry(pi*0.513068025125) q[1];
ry(pi*0.098949206638) q[2];
ry(pi*-0.025365007902) q[3];
ry(pi*0.020309439431) q[4];
ry(pi*0.013884078893) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.246776290478) q[0];
ry(pi*0.000239089527) q[1];
ry(pi*-0.011622174001) q[2];
ry(pi*0.003356244086) q[3];
ry(pi*0.289899202067) q[4];
ry(pi*0.47425805546) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.054763133416) q[0];
ry(pi*0.028118669814) q[1];
ry(pi*0.162791259915) q[2];
ry(pi*0.085294671904) q[3];
ry(pi*-0.137227882449) q[4];
ry(pi*-0.00067863888) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
