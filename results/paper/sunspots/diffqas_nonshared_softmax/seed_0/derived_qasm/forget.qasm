// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.088664620836) q[0];
ry(pi*0.811932742197) q[1];
ry(pi*-0.196979012896) q[2];
ry(pi*0.173249721463) q[3];
ry(pi*-0.053317447987) q[4];
ry(pi*0.00911265815) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.016086393943) q[0];
ry(pi*-0.082204969429) q[1];
ry(pi*-0.256297858772) q[2];
ry(pi*-0.200093939639) q[3];
ry(pi*-0.044591805432) q[4];
ry(pi*0.010884020279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.098766157568) q[0];
ry(pi*0.496244244671) q[1];
ry(pi*-0.130848599601) q[2];
ry(pi*-0.883710668948) q[3];
ry(pi*-0.24101003608) q[4];
ry(pi*-0.064593606502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.14368430849) q[0];
ry(pi*0.513396860788) q[1];
ry(pi*0.068723138874) q[2];
ry(pi*-0.157262107945) q[3];
ry(pi*-0.261809878351) q[4];
ry(pi*-0.249682877479) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.180485434142) q[0];
ry(pi*-0.012662367937) q[1];
ry(pi*0.099625841225) q[2];
ry(pi*0.190028650342) q[3];
ry(pi*-1.078984031826) q[4];
ry(pi*-0.003637293327) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
