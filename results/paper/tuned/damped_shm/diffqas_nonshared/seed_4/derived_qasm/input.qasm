// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.191783155185) q[0];
ry(pi*0.038838533137) q[1];
ry(pi*-0.064078852141) q[2];
ry(pi*-0.02515348311) q[3];
ry(pi*-0.045699657372) q[4];
ry(pi*-0.002448122708) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.025269442172) q[0];
ry(pi*-0.328599642059) q[1];
ry(pi*-0.084210056837) q[2];
ry(pi*-0.176877538495) q[3];
ry(pi*0.018249940554) q[4];
ry(pi*0.012090421414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.131238925939) q[0];
ry(pi*-0.134224477517) q[1];
ry(pi*0.177259365043) q[2];
ry(pi*0.090032309299) q[3];
ry(pi*-0.143849561122) q[4];
ry(pi*0.005946891557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.142962727463) q[0];
ry(pi*-0.103857883353) q[1];
ry(pi*0.191735097215) q[2];
ry(pi*-0.201464587851) q[3];
ry(pi*-0.367149571244) q[4];
ry(pi*-0.016615127661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.248387209566) q[0];
ry(pi*-0.093849256167) q[1];
ry(pi*-0.208246624187) q[2];
ry(pi*0.215372579521) q[3];
ry(pi*-0.003365050406) q[4];
ry(pi*0.000470774531) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
