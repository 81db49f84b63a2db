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
ry(pi*-0.067598273122) q[0];
ry(pi*0.119295372565) q[1];
ry(pi*-0.023933929118) q[2];
ry(pi*0.012124087369) q[3];
ry(pi*0.072243019945) q[4];
ry(pi*-0.008492240406) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013764862447) q[0];
ry(pi*0.4052499222) q[1];
ry(pi*-0.017269846354) q[2];
ry(pi*-0.269516532573) q[3];
ry(pi*0.105900024538) q[4];
ry(pi*0.385634339868) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029031989429) q[0];
ry(pi*0.052022923182) q[1];
ry(pi*0.105888868562) q[2];
ry(pi*-0.04208998303) q[3];
ry(pi*-0.016411537035) q[4];
ry(pi*-0.010112351198) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001419288556) q[0];
ry(pi*0.188000273886) q[1];
ry(pi*-0.166389479461) q[2];
ry(pi*0.094003618442) q[3];
ry(pi*-0.181065393094) q[4];
ry(pi*0.229272906201) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.027938179693) q[0];
ry(pi*0.015084692154) q[1];
ry(pi*-0.08065419395) q[2];
ry(pi*-0.001401075311) q[3];
ry(pi*-0.004382067352) q[4];
ry(pi*-0.003877367361) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
