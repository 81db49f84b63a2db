// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.0822e-08) q[0];
ry(pi*4.1537e-08) q[1];
ry(pi*-5.1e-11) q[2];
ry(pi*4.0823776e-05) q[3];
ry(pi*-3.191407e-06) q[4];
ry(pi*1.525e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.9e-11) q[0];
ry(pi*-5.675e-09) q[1];
ry(pi*4.3e-11) q[2];
ry(pi*1.76e-09) q[3];
ry(pi*3.928686e-06) q[4];
ry(pi*1.3838e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000872720455) q[0];
ry(pi*4.5186614e-05) q[1];
ry(pi*-2.777704e-06) q[2];
ry(pi*-6.395182e-06) q[3];
ry(pi*-2.3308e-08) q[4];
ry(pi*-2.332e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*9.08286e-07) q[0];
ry(pi*-7.14433e-07) q[1];
ry(pi*-3.13e-10) q[2];
ry(pi*0.001050270318) q[3];
ry(pi*-2.818776e-06) q[4];
ry(pi*8.4091072e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.9049896e-05) q[0];
ry(pi*-2.2236e-08) q[1];
ry(pi*-3.0e-12) q[2];
ry(pi*-2.6344093e-05) q[3];
ry(pi*-1.459671e-06) q[4];
ry(pi*0.000798257608) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
