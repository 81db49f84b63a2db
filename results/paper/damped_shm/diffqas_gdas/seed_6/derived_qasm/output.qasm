// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.00046120026) q[0];
ry(pi*-0.00044774017) q[1];
ry(pi*-0.004251988415) q[2];
ry(pi*0.000306835039) q[3];
ry(pi*5.7263569e-05) q[4];
ry(pi*-0.0002288692) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010783226371) q[0];
ry(pi*0.000327842632) q[1];
ry(pi*0.000455663961) q[2];
ry(pi*1.9088808e-05) q[3];
ry(pi*-2.9122269e-05) q[4];
ry(pi*8.014874e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.8055144e-05) q[0];
ry(pi*1.9203852e-05) q[1];
ry(pi*-6.9878575e-05) q[2];
ry(pi*-5.70975e-07) q[3];
ry(pi*1.3902776e-05) q[4];
ry(pi*-0.000242172228) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003470416153) q[0];
ry(pi*1.7147955e-05) q[1];
ry(pi*-0.000348842055) q[2];
ry(pi*-0.000405405152) q[3];
ry(pi*-0.000101123272) q[4];
ry(pi*-0.000381065192) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000188295831) q[0];
ry(pi*3.3709422e-05) q[1];
ry(pi*-0.02368553079) q[2];
ry(pi*-0.001516079362) q[3];
ry(pi*-0.00298709756) q[4];
ry(pi*-0.000747225141) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
