// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.001021050508) q[0];
ry(pi*0.001110258366) q[1];
ry(pi*-0.00252472903) q[2];
ry(pi*0.003244392327) q[3];
ry(pi*-0.00042094613) q[4];
ry(pi*-0.002027131666) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002139857653) q[0];
ry(pi*-0.171384074264) q[1];
ry(pi*0.000402752562) q[2];
ry(pi*0.501566593691) q[3];
ry(pi*0.000694273314) q[4];
ry(pi*-0.002477942827) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000259465628) q[0];
ry(pi*-0.010733310258) q[1];
ry(pi*-0.065830539531) q[2];
ry(pi*-0.009297925845) q[3];
ry(pi*-1.1897747e-05) q[4];
ry(pi*-0.004305126931) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006682274664) q[0];
ry(pi*-0.004771708299) q[1];
ry(pi*-0.002815596964) q[2];
ry(pi*0.005996364182) q[3];
ry(pi*-0.499779740313) q[4];
ry(pi*0.02039294798) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004535983174) q[0];
ry(pi*0.000779790454) q[1];
ry(pi*-0.004414618361) q[2];
ry(pi*-0.064383412173) q[3];
ry(pi*0.000740785672) q[4];
ry(pi*0.000303848017) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
