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
ry(pi*0.003621275881) q[1];
ry(pi*0.002156970627) q[2];
ry(pi*-0.000370929446) q[3];
ry(pi*-0.005631563304) q[4];
ry(pi*-0.00309712497) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*1.464756e-06) q[1];
ry(pi*-2.2007364e-05) q[2];
ry(pi*-2.124e-07) q[3];
ry(pi*0.002784845105) q[4];
ry(pi*-0.003442953397) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*1.57e-09) q[1];
ry(pi*4.9424628e-05) q[2];
ry(pi*4.1753066e-05) q[3];
ry(pi*-0.000993329174) q[4];
ry(pi*-0.003585704647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*9.378e-09) q[1];
ry(pi*3.284057e-06) q[2];
ry(pi*-3.45805e-07) q[3];
ry(pi*-0.002788634911) q[4];
ry(pi*0.003084658393) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*0.004980620782) q[1];
ry(pi*0.003173130983) q[2];
ry(pi*0.000385109018) q[3];
ry(pi*0.006593426473) q[4];
ry(pi*0.00143879595) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
