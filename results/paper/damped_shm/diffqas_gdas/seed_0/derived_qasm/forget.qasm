// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*1.5248526e-05) q[0];
rx(pi*-0.000483436098) q[1];
rx(pi*-0.005960780794) q[2];
rx(pi*0.003468827482) q[3];
rx(pi*-0.000514502898) q[4];
rx(pi*-0.005086192265) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00351992287) q[0];
rx(pi*-0.000160986099) q[1];
rx(pi*0.004140534491) q[2];
rx(pi*0.002555143827) q[3];
rx(pi*0.00098401652) q[4];
rx(pi*-0.002236345489) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002763199571) q[0];
rx(pi*-0.001149733169) q[1];
rx(pi*0.000536520179) q[2];
rx(pi*0.000152782507) q[3];
rx(pi*0.003850839903) q[4];
rx(pi*0.000648841735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004873158249) q[0];
rx(pi*0.000109606101) q[1];
rx(pi*0.007388726704) q[2];
rx(pi*0.005797366739) q[3];
rx(pi*-0.002002164123) q[4];
rx(pi*-0.007735350503) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004925117491) q[0];
rx(pi*-0.000350667033) q[1];
rx(pi*-0.000404945915) q[2];
rx(pi*-0.001590528128) q[3];
rx(pi*0.002631615265) q[4];
rx(pi*0.003109456663) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
