// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*0.003621242679) q[1];
ry(pi*0.002023959956) q[2];
ry(pi*-0.000370615321) q[3];
ry(pi*-0.005631571012) q[4];
ry(pi*-0.003097128824) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*1.687824e-06) q[1];
ry(pi*-2.3088479e-05) q[2];
ry(pi*-2.0835e-07) q[3];
ry(pi*0.002784840658) q[4];
ry(pi*-0.003442962587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*1.627e-09) q[1];
ry(pi*4.9491793e-05) q[2];
ry(pi*4.1738771e-05) q[3];
ry(pi*-0.000993330805) q[4];
ry(pi*-0.003585710872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*9.12e-09) q[1];
ry(pi*3.707082e-06) q[2];
ry(pi*-3.54949e-07) q[3];
ry(pi*-0.002788618903) q[4];
ry(pi*0.003084658393) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*0.004980572757) q[1];
ry(pi*0.003040192498) q[2];
ry(pi*0.000385458569) q[3];
ry(pi*0.006593425287) q[4];
ry(pi*0.001438799211) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
