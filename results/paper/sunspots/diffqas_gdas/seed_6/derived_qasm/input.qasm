// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*6.92683e-06) q[0];
ry(pi*-1.6070489e-05) q[1];
ry(pi*0.383730196964) q[2];
ry(pi*0.170839670242) q[3];
ry(pi*0.30391941754) q[4];
ry(pi*0.042713100239) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007293203662) q[0];
ry(pi*2.2034482e-05) q[1];
ry(pi*0.553250786922) q[2];
ry(pi*0.001912934401) q[3];
ry(pi*0.007600449524) q[4];
ry(pi*0.003898416735) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-1.7095428e-05) q[0];
ry(pi*-3.4529159e-05) q[1];
ry(pi*-0.051031843761) q[2];
ry(pi*-0.012490990664) q[3];
ry(pi*-0.246503595175) q[4];
ry(pi*0.008146712876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01018768605) q[0];
ry(pi*-3.9429358e-05) q[1];
ry(pi*0.139175472946) q[2];
ry(pi*-0.390901933538) q[3];
ry(pi*-0.07172534378) q[4];
ry(pi*-0.005793279298) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.310470100191) q[0];
ry(pi*-4.0230452e-05) q[1];
ry(pi*-0.119037798543) q[2];
ry(pi*0.103971881108) q[3];
ry(pi*-0.039498023475) q[4];
ry(pi*0.000394302648) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
