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
ry(pi*-0.28586982683) q[0];
ry(pi*-0.069746514655) q[1];
ry(pi*0.022556519493) q[2];
ry(pi*0.004421119492) q[3];
ry(pi*-0.007961299327) q[4];
ry(pi*-0.530853002923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.02369120127) q[0];
ry(pi*0.003306250896) q[1];
ry(pi*0.001547353565) q[2];
ry(pi*0.011098476361) q[3];
ry(pi*0.005630334226) q[4];
ry(pi*-0.011746551034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000851547387) q[0];
ry(pi*-0.059786059275) q[1];
ry(pi*9.31951e-06) q[2];
ry(pi*0.002428763242) q[3];
ry(pi*-0.036182614078) q[4];
ry(pi*-0.009934019228) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001489435251) q[0];
ry(pi*0.28689583508) q[1];
ry(pi*-0.080580408935) q[2];
ry(pi*-0.146858249965) q[3];
ry(pi*0.391994991478) q[4];
ry(pi*0.05292861101) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00761472711) q[0];
ry(pi*-0.038976569362) q[1];
ry(pi*-0.007229717884) q[2];
ry(pi*-0.018469655644) q[3];
ry(pi*0.434264717576) q[4];
ry(pi*0.002920747786) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
