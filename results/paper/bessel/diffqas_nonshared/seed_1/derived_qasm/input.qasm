// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.026303643375) q[0];
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
ry(pi*-0.216706572384) q[0];
ry(pi*-0.155943113039) q[1];
ry(pi*-0.103314048514) q[2];
ry(pi*-0.100525642758) q[3];
ry(pi*-0.127286807731) q[4];
ry(pi*-4.0371334e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.193889111206) q[0];
ry(pi*-0.205866796553) q[1];
ry(pi*-0.167328782254) q[2];
ry(pi*-0.053541795985) q[3];
ry(pi*-0.042066399904) q[4];
ry(pi*-1.2498462e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.117084952595) q[0];
ry(pi*-0.096577338071) q[1];
ry(pi*-0.090450155608) q[2];
ry(pi*-0.141239935568) q[3];
ry(pi*-0.115554411552) q[4];
ry(pi*7.9564571e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004937040973) q[0];
ry(pi*-0.055105316407) q[1];
ry(pi*-0.093296655917) q[2];
ry(pi*-0.137899166722) q[3];
ry(pi*-0.107884507542) q[4];
ry(pi*1.94959e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.043322201331) q[0];
ry(pi*-0.116130452631) q[1];
ry(pi*-0.151817176003) q[2];
ry(pi*-0.179414536372) q[3];
ry(pi*-0.197789642514) q[4];
ry(pi*0.001376687919) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
