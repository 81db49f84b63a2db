// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.070155206613) q[0];
ry(pi*0.024123407577) q[1];
ry(pi*-0.088051421631) q[2];
ry(pi*0.369632838299) q[3];
ry(pi*0.091061865453) q[4];
ry(pi*-0.07186357922) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.248463290285) q[0];
ry(pi*0.003157317791) q[1];
ry(pi*0.033433901682) q[2];
ry(pi*-0.353455611141) q[3];
ry(pi*-0.002722119126) q[4];
ry(pi*0.183936633866) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.057565137889) q[0];
ry(pi*-0.184626482972) q[1];
ry(pi*-0.381819413598) q[2];
ry(pi*0.114211814548) q[3];
ry(pi*-0.160054251333) q[4];
ry(pi*-0.051815090961) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.138189999971) q[0];
ry(pi*0.228138184107) q[1];
ry(pi*-0.221571754076) q[2];
ry(pi*0.380876430092) q[3];
ry(pi*-0.390687275871) q[4];
ry(pi*0.115213347953) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.048922491618) q[0];
ry(pi*-0.088796728078) q[1];
ry(pi*0.140735934012) q[2];
ry(pi*-0.040779359848) q[3];
ry(pi*0.080067120218) q[4];
ry(pi*0.000714716227) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
