// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.153815888568) q[0];
ry(pi*0.137232559232) q[1];
ry(pi*0.189443587721) q[2];
ry(pi*-0.024789547863) q[3];
ry(pi*0.003601195896) q[4];
ry(pi*-0.277935594499) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.319752460082) q[0];
ry(pi*0.154765844558) q[1];
ry(pi*0.147764938605) q[2];
ry(pi*0.049090590163) q[3];
ry(pi*-0.024186553625) q[4];
ry(pi*0.181583254242) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.207666285781) q[0];
ry(pi*0.011268704596) q[1];
ry(pi*0.000208975107) q[2];
ry(pi*-0.010389269123) q[3];
ry(pi*0.06304541606) q[4];
ry(pi*0.306420651787) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.065953478193) q[0];
ry(pi*0.511828004281) q[1];
ry(pi*0.03845526466) q[2];
ry(pi*-0.077316422799) q[3];
ry(pi*0.042567384793) q[4];
ry(pi*8.3702019e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011467072974) q[0];
ry(pi*0.761960118481) q[1];
ry(pi*-0.068294587192) q[2];
ry(pi*0.120212315975) q[3];
ry(pi*0.435496010956) q[4];
ry(pi*0.001585962366) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
