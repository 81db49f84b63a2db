// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*-0.019526884736) q[0];
rx(pi*-0.323297024697) q[1];
rx(pi*-0.003703402384) q[2];
rx(pi*-0.003242326966) q[3];
rx(pi*0.004633078286) q[4];
rx(pi*0.004096815055) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.010589211053) q[0];
rx(pi*-0.010038554325) q[1];
rx(pi*0.005269312482) q[2];
rx(pi*0.003167472361) q[3];
rx(pi*0.000519944223) q[4];
rx(pi*-0.000730989583) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.01694922589) q[0];
rx(pi*-0.32407357926) q[1];
rx(pi*-0.004410655725) q[2];
rx(pi*0.003950108579) q[3];
rx(pi*-0.00165111908) q[4];
rx(pi*0.000430255598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002155249591) q[0];
rx(pi*-0.013335239991) q[1];
rx(pi*0.011508086126) q[2];
rx(pi*0.000926734311) q[3];
rx(pi*-0.004647226027) q[4];
rx(pi*0.005085945619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.013136485044) q[0];
rx(pi*-0.329714404823) q[1];
rx(pi*-0.003549285865) q[2];
rx(pi*0.000111367037) q[3];
rx(pi*0.002985163822) q[4];
rx(pi*0.002270574845) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
