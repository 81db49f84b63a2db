// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
rz(pi*-0.003588397888) q[0];
rz(pi*-0.000976509463) q[1];
rz(pi*0.000585997214) q[2];
rz(pi*0.003206174988) q[3];
rz(pi*0.002604496984) q[4];
rz(pi*-0.00336236339) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00599913361) q[0];
rz(pi*-0.000973362136) q[1];
rz(pi*-0.002286144208) q[2];
rz(pi*0.002806488563) q[3];
rz(pi*-0.003110259448) q[4];
rz(pi*0.00206918402) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001244715858) q[0];
rz(pi*0.003757667407) q[1];
rz(pi*0.000310848053) q[2];
rz(pi*-0.006163825361) q[3];
rz(pi*-0.007404633574) q[4];
rz(pi*0.001082134084) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003177136901) q[0];
rz(pi*0.00317467993) q[1];
rz(pi*-6.6553453e-05) q[2];
rz(pi*0.005751498343) q[3];
rz(pi*-4.2236685e-05) q[4];
rz(pi*-0.002375432923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006392246571) q[0];
rz(pi*0.001592152669) q[1];
rz(pi*-0.000680932211) q[2];
rz(pi*-0.00100870251) q[3];
rz(pi*0.008595310451) q[4];
rz(pi*0.002538850091) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
