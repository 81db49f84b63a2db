// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rz(pi*-0.00140814429) q[0];
rz(pi*0.001691160026) q[1];
rz(pi*0.000414936882) q[2];
rz(pi*-0.003242927275) q[3];
rz(pi*0.002174144818) q[4];
rz(pi*0.00051956336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002580409598) q[0];
rz(pi*-0.003974481445) q[1];
rz(pi*0.003775704561) q[2];
rz(pi*0.003911422554) q[3];
rz(pi*-0.000872675543) q[4];
rz(pi*-7.1474491e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000390021811) q[0];
rz(pi*0.000166871838) q[1];
rz(pi*0.002888293715) q[2];
rz(pi*-0.002046961745) q[3];
rz(pi*-0.003440616784) q[4];
rz(pi*-0.000560281989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006248335908) q[0];
rz(pi*-0.001042823589) q[1];
rz(pi*-0.002993804722) q[2];
rz(pi*-0.002744996702) q[3];
rz(pi*0.000703248832) q[4];
rz(pi*0.003909457096) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002184365496) q[0];
rz(pi*0.000707752339) q[1];
rz(pi*0.000829146279) q[2];
rz(pi*0.00162640841) q[3];
rz(pi*0.000601466599) q[4];
rz(pi*0.003482844488) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
