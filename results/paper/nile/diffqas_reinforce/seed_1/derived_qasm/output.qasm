// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-1.512799e-06) q[0];
rx(pi*-5.33e-10) q[1];
rx(pi*0.003246930525) q[2];
rx(pi*0.003145730185) q[3];
rx(pi*-0.00091375169) q[4];
rx(pi*-0.002693305155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001068344306) q[0];
rx(pi*3.48495e-07) q[1];
rx(pi*3.63898e-07) q[2];
rx(pi*0.001205419888) q[3];
rx(pi*0.000571109054) q[4];
rx(pi*-0.00334390765) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-4.5097e-08) q[0];
rx(pi*4.9e-11) q[1];
rx(pi*2.92367e-07) q[2];
rx(pi*0.003232450168) q[3];
rx(pi*0.001240479969) q[4];
rx(pi*-0.000837700172) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000155230445) q[0];
rx(pi*2.09e-10) q[1];
rx(pi*-8.32283e-07) q[2];
rx(pi*-0.004850669911) q[3];
rx(pi*-0.002605466965) q[4];
rx(pi*-0.000464243756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*8.2221e-08) q[0];
rx(pi*-1.0e-12) q[1];
rx(pi*-0.00324694179) q[2];
rx(pi*0.000504820534) q[3];
rx(pi*0.001501306559) q[4];
rx(pi*-0.002293674166) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
