// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.032173850359) q[0];
ry(pi*-0.036232970122) q[1];
ry(pi*-0.084724521863) q[2];
ry(pi*-0.195037303951) q[3];
ry(pi*-0.04774848645) q[4];
ry(pi*-0.12251881394) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030784430986) q[0];
ry(pi*0.268299943073) q[1];
ry(pi*-0.414335098325) q[2];
ry(pi*0.304167751834) q[3];
ry(pi*0.113546715391) q[4];
ry(pi*0.077382296179) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.119858123235) q[0];
ry(pi*0.055368221772) q[1];
ry(pi*0.10859211514) q[2];
ry(pi*0.050609704868) q[3];
ry(pi*0.039096455784) q[4];
ry(pi*-0.058566728212) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012948704645) q[0];
ry(pi*0.121385799393) q[1];
ry(pi*-0.233252250303) q[2];
ry(pi*-0.248565534422) q[3];
ry(pi*0.160474326939) q[4];
ry(pi*-0.365805200288) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.213175004101) q[0];
ry(pi*-0.225012063442) q[1];
ry(pi*0.032154481556) q[2];
ry(pi*-0.014456534123) q[3];
ry(pi*0.104802280329) q[4];
ry(pi*0.000773221807) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
