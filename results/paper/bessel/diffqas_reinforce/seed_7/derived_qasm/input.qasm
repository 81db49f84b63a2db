// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.194582242598) q[0];
ry(pi*-0.055443889833) q[1];
ry(pi*0.020083640017) q[2];
ry(pi*0.004268559035) q[3];
ry(pi*0.006087746421) q[4];
ry(pi*-1.183772e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.054935154576) q[0];
ry(pi*0.006508416112) q[1];
ry(pi*-0.008873674455) q[2];
ry(pi*-0.021767789169) q[3];
ry(pi*7.4124e-08) q[4];
ry(pi*-3.30736e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005715946971) q[0];
ry(pi*-0.001150196445) q[1];
ry(pi*0.002876568854) q[2];
ry(pi*-5.5603e-08) q[3];
ry(pi*-0.00538487786) q[4];
ry(pi*-6.98e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.099874156547) q[0];
ry(pi*0.016440543994) q[1];
ry(pi*3.62772e-07) q[2];
ry(pi*-3.2025e-08) q[3];
ry(pi*6.12e-09) q[4];
ry(pi*-8.991e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005523317257) q[0];
ry(pi*-1.0680919e-05) q[1];
ry(pi*0.033989603975) q[2];
ry(pi*-0.000773780688) q[3];
ry(pi*-0.011499280399) q[4];
ry(pi*0.003235454384) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
