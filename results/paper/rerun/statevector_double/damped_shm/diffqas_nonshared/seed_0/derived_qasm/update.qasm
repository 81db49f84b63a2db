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
ry(pi*-0.093085233104) q[0];
ry(pi*0.045783815737) q[1];
ry(pi*-0.148522188397) q[2];
ry(pi*-0.032917295106) q[3];
ry(pi*0.180097403507) q[4];
ry(pi*0.260858262244) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.104697446412) q[0];
ry(pi*-0.353270285341) q[1];
ry(pi*0.00976482975) q[2];
ry(pi*0.379539800017) q[3];
ry(pi*0.068837900282) q[4];
ry(pi*-0.114552963524) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.139987781652) q[0];
ry(pi*-0.155454764) q[1];
ry(pi*-0.064781692836) q[2];
ry(pi*0.140230746659) q[3];
ry(pi*0.004919935855) q[4];
ry(pi*-0.165739757716) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.088220525731) q[0];
ry(pi*0.112367227099) q[1];
ry(pi*0.167605158269) q[2];
ry(pi*-0.057299272775) q[3];
ry(pi*0.516814421831) q[4];
ry(pi*0.173156337599) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.124447289393) q[0];
ry(pi*0.117644164847) q[1];
ry(pi*-0.066856149353) q[2];
ry(pi*0.288167426576) q[3];
ry(pi*-0.213567721006) q[4];
ry(pi*-0.003757483312) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
