// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.059705823525) q[0];
ry(pi*-0.135644834327) q[1];
ry(pi*-0.010814840898) q[2];
ry(pi*-0.061272621489) q[3];
ry(pi*0.09508323419) q[4];
ry(pi*0.108206560448) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.072397690527) q[0];
ry(pi*0.22705723078) q[1];
ry(pi*-0.124250096139) q[2];
ry(pi*0.164666393488) q[3];
ry(pi*-0.00357549138) q[4];
ry(pi*-0.097324494362) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.104337429038) q[0];
ry(pi*-0.014727309621) q[1];
ry(pi*-0.28174217276) q[2];
ry(pi*-0.057628094209) q[3];
ry(pi*0.006068144609) q[4];
ry(pi*-0.143062656925) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0250962281) q[0];
ry(pi*0.32348147775) q[1];
ry(pi*0.140744348425) q[2];
ry(pi*-0.365094632942) q[3];
ry(pi*-0.384606851744) q[4];
ry(pi*0.162717474899) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.174074277078) q[0];
ry(pi*-0.042036347072) q[1];
ry(pi*0.017543883978) q[2];
ry(pi*-0.037476458235) q[3];
ry(pi*0.179302483324) q[4];
ry(pi*-0.00255518029) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
