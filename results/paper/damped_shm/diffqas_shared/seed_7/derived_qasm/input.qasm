// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.025844475324) q[0];
rz(pi*-0.212488683926) q[1];
rz(pi*0.022851318047) q[2];
rz(pi*0.009183501797) q[3];
rz(pi*0.026845479864) q[4];
rz(pi*-0.124025952098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.154654901416) q[0];
rz(pi*-0.089085037952) q[1];
rz(pi*0.191766781703) q[2];
rz(pi*0.161786368333) q[3];
rz(pi*-0.405786016159) q[4];
rz(pi*-0.026216172796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001468886135) q[0];
rz(pi*0.069424485465) q[1];
rz(pi*0.003885779996) q[2];
rz(pi*0.49682052291) q[3];
rz(pi*-0.040355328424) q[4];
rz(pi*0.333126463768) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.17379139341) q[0];
rz(pi*-0.151020662109) q[1];
rz(pi*-0.038977323529) q[2];
rz(pi*0.123158593965) q[3];
rz(pi*0.149877383306) q[4];
rz(pi*0.001125297604) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.146061641208) q[0];
rz(pi*0.033417283926) q[1];
rz(pi*-0.02508469267) q[2];
rz(pi*0.029861587051) q[3];
rz(pi*-0.013927303556) q[4];
rz(pi*-0.002150651813) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
