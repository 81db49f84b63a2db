// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.070272567287) q[0];
ry(pi*0.004357585392) q[1];
ry(pi*-0.001140003336) q[2];
ry(pi*0.006322348597) q[3];
ry(pi*0.080092382432) q[4];
ry(pi*-0.000269552033) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004512260422) q[0];
ry(pi*-0.001318086586) q[1];
ry(pi*0.031827898906) q[2];
ry(pi*-0.01439778501) q[3];
ry(pi*0.000111774682) q[4];
ry(pi*-3.9495452e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000796131326) q[0];
ry(pi*0.000141734189) q[1];
ry(pi*-0.005209893987) q[2];
ry(pi*-0.000720872587) q[3];
ry(pi*0.007181525326) q[4];
ry(pi*0.00416317639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013669856413) q[0];
ry(pi*0.018814750952) q[1];
ry(pi*0.000101086466) q[2];
ry(pi*6.5607521e-05) q[3];
ry(pi*-0.000119155322) q[4];
ry(pi*-0.000131291988) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003778016864) q[0];
ry(pi*-0.000277199737) q[1];
ry(pi*0.48558027032) q[2];
ry(pi*0.000169761773) q[3];
ry(pi*-0.117920673672) q[4];
ry(pi*0.000303826376) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
