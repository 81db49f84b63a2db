// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.341878933789) q[0];
rz(pi*1.040565659673) q[1];
rz(pi*0.974527596228) q[2];
rz(pi*0.511078998148) q[3];
rz(pi*1.696254561293) q[4];
rz(pi*0.365808197982) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.801847009132) q[0];
rz(pi*1.255662887707) q[1];
rz(pi*0.025258696482) q[2];
rz(pi*1.113975698072) q[3];
rz(pi*1.942476050683) q[4];
rz(pi*0.667761336869) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.341413494343) q[0];
rz(pi*0.727895764251) q[1];
rz(pi*1.327932512187) q[2];
rz(pi*1.089112898801) q[3];
rz(pi*1.181845845925) q[4];
rz(pi*0.032539168245) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.448764478102) q[0];
rz(pi*0.931911845157) q[1];
rz(pi*0.042784504175) q[2];
rz(pi*0.392495378726) q[3];
rz(pi*1.109419202985) q[4];
rz(pi*1.042060332736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.582291802636) q[0];
rz(pi*0.300897400341) q[1];
rz(pi*1.525877769177) q[2];
rz(pi*1.940836501718) q[3];
rz(pi*0.674180424542) q[4];
rz(pi*0.199676918645) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
