// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.003952706957) q[0];
rx(pi*0.20457285516) q[1];
rx(pi*3.6279106e-05) q[2];
rx(pi*0.000435854448) q[3];
rx(pi*-0.002266028353) q[4];
rx(pi*0.00087956265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002852859441) q[0];
rx(pi*0.200631266827) q[1];
rx(pi*0.001317042047) q[2];
rx(pi*-0.001400579203) q[3];
rx(pi*-0.00026809884) q[4];
rx(pi*6.032525e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00398524433) q[0];
rx(pi*0.200413858111) q[1];
rx(pi*0.004746803011) q[2];
rx(pi*-0.004789656222) q[3];
rx(pi*-0.001933240281) q[4];
rx(pi*0.003186073362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002695003512) q[0];
rx(pi*0.189572336787) q[1];
rx(pi*0.004307678765) q[2];
rx(pi*-0.00145278257) q[3];
rx(pi*0.005208701668) q[4];
rx(pi*0.00152769854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00033740927) q[0];
rx(pi*0.205515573048) q[1];
rx(pi*0.001691922345) q[2];
rx(pi*-0.00274487753) q[3];
rx(pi*0.006790163194) q[4];
rx(pi*-0.00114376913) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
