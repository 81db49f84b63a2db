// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.228053167225) q[0];
ry(pi*-0.500330101778) q[1];
ry(pi*-0.000582373011) q[2];
ry(pi*-0.000557685131) q[3];
ry(pi*0.014737468341) q[4];
ry(pi*0.01275732061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.612160902895) q[0];
ry(pi*0.001849471894) q[1];
ry(pi*-0.000954600756) q[2];
ry(pi*3.6375503e-05) q[3];
ry(pi*1.2357266e-05) q[4];
ry(pi*0.001852842521) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-8.3916741e-05) q[0];
ry(pi*0.00068403307) q[1];
ry(pi*3.241447e-06) q[2];
ry(pi*-1.7460166e-05) q[3];
ry(pi*0.001463772979) q[4];
ry(pi*-0.009917132297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*5.5578e-08) q[0];
ry(pi*-3.4713273e-05) q[1];
ry(pi*-0.022263115436) q[2];
ry(pi*-0.035186160626) q[3];
ry(pi*0.000573496471) q[4];
ry(pi*0.007254687799) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005572965973) q[0];
ry(pi*-0.005797312193) q[1];
ry(pi*-0.000480462453) q[2];
ry(pi*0.000707548234) q[3];
ry(pi*-0.015418920821) q[4];
ry(pi*0.005546258273) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
