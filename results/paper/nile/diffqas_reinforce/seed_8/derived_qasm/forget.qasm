// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.248145041415) q[0];
ry(pi*0.002300469967) q[1];
ry(pi*-0.002942081751) q[2];
ry(pi*-0.000183659792) q[3];
ry(pi*-0.002281690208) q[4];
ry(pi*-0.000253966384) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003340012011) q[0];
ry(pi*-1.16415e-07) q[1];
ry(pi*0.002215232082) q[2];
ry(pi*0.004494420406) q[3];
ry(pi*0.002243996101) q[4];
ry(pi*0.000289636317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000278711294) q[0];
ry(pi*-4.8779958e-05) q[1];
ry(pi*-0.001485785962) q[2];
ry(pi*0.001826314321) q[3];
ry(pi*-0.000135741478) q[4];
ry(pi*0.004585865789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.676671e-06) q[0];
ry(pi*-7.528377e-06) q[1];
ry(pi*0.015130983287) q[2];
ry(pi*0.000842450325) q[3];
ry(pi*-0.005218479748) q[4];
ry(pi*0.001146388481) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002859224798) q[0];
ry(pi*-4.1062149e-05) q[1];
ry(pi*0.00096674954) q[2];
ry(pi*0.000697008502) q[3];
ry(pi*-0.005781667976) q[4];
ry(pi*0.004941635046) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
