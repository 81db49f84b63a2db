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
ry(pi*-0.046198560002) q[0];
ry(pi*0.029002797485) q[1];
ry(pi*0.491796729048) q[2];
ry(pi*-0.192633115309) q[3];
ry(pi*-0.001211249339) q[4];
ry(pi*-0.014212557632) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.273044477061) q[0];
ry(pi*0.011380792032) q[1];
ry(pi*-0.00930766005) q[2];
ry(pi*-0.011816408691) q[3];
ry(pi*-0.46723867005) q[4];
ry(pi*-0.009680156749) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002523442144) q[0];
ry(pi*-0.451791096823) q[1];
ry(pi*0.108405821731) q[2];
ry(pi*-0.12021787499) q[3];
ry(pi*-0.006713756975) q[4];
ry(pi*0.023843865484) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.284119875446) q[0];
ry(pi*0.015170191656) q[1];
ry(pi*0.024079801088) q[2];
ry(pi*0.052246132816) q[3];
ry(pi*0.002487485527) q[4];
ry(pi*-0.069236223633) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065026199379) q[0];
ry(pi*-0.467299534625) q[1];
ry(pi*-0.403162502553) q[2];
ry(pi*0.503364147698) q[3];
ry(pi*-0.007586934999) q[4];
ry(pi*0.000705553279) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
