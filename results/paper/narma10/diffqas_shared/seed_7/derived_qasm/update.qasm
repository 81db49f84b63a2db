// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.004222427688) q[0];
rz(pi*0.002107092015) q[1];
rz(pi*0.019932133141) q[2];
rz(pi*0.02406504029) q[3];
rz(pi*0.03127170095) q[4];
rz(pi*0.012045345723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.045975037318) q[0];
rz(pi*0.078290218047) q[1];
rz(pi*0.013335090581) q[2];
rz(pi*-0.006167486508) q[3];
rz(pi*0.06503792928) q[4];
rz(pi*-0.040792602826) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.020916894637) q[0];
rz(pi*0.062216050854) q[1];
rz(pi*0.087331320478) q[2];
rz(pi*-0.011004563631) q[3];
rz(pi*0.006033566183) q[4];
rz(pi*0.036859431278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.064578717638) q[0];
rz(pi*0.013666224318) q[1];
rz(pi*0.023515755529) q[2];
rz(pi*-0.009066766037) q[3];
rz(pi*0.017141403223) q[4];
rz(pi*-0.002038879058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.037267364326) q[0];
rz(pi*0.014909970935) q[1];
rz(pi*-0.036821082612) q[2];
rz(pi*0.007889976618) q[3];
rz(pi*0.005255513959) q[4];
rz(pi*0.002078855378) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
