// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.501364761601) q[0];
ry(pi*0.022078709815) q[1];
ry(pi*0.569315657469) q[2];
ry(pi*0.26406482736) q[3];
ry(pi*-0.012589322858) q[4];
ry(pi*0.505777974497) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.495907971691) q[0];
ry(pi*-0.038729385291) q[1];
ry(pi*-0.005936803984) q[2];
ry(pi*0.009428352813) q[3];
ry(pi*-0.010162947959) q[4];
ry(pi*-0.00140959867) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.297309558889) q[0];
ry(pi*-0.011425356645) q[1];
ry(pi*-0.010378863757) q[2];
ry(pi*-0.084845444671) q[3];
ry(pi*0.018834565616) q[4];
ry(pi*-0.414281063939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.270919586238) q[0];
ry(pi*0.004788503628) q[1];
ry(pi*-0.498405809816) q[2];
ry(pi*0.001264063762) q[3];
ry(pi*0.038821856091) q[4];
ry(pi*0.03720422065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.227738105777) q[0];
ry(pi*-0.460386851948) q[1];
ry(pi*0.495680336664) q[2];
ry(pi*1.002658565125) q[3];
ry(pi*-0.503023017695) q[4];
ry(pi*0.001990089748) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
