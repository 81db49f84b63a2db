// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.00687196716) q[0];
ry(pi*-0.159493663556) q[1];
ry(pi*-0.003363282086) q[2];
ry(pi*0.33420779655) q[3];
ry(pi*7.6957383e-05) q[4];
ry(pi*0.007434813879) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006937471758) q[0];
ry(pi*-0.000399344508) q[1];
ry(pi*0.003329966238) q[2];
ry(pi*-0.003718791654) q[3];
ry(pi*-0.008704334381) q[4];
ry(pi*0.501636679021) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000729597383) q[0];
ry(pi*-0.001360443838) q[1];
ry(pi*-0.499751926265) q[2];
ry(pi*0.00040803914) q[3];
ry(pi*-0.032140610106) q[4];
ry(pi*0.030900553688) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001506511613) q[0];
ry(pi*4.5782931e-05) q[1];
ry(pi*-5.7701573e-05) q[2];
ry(pi*-0.292110570674) q[3];
ry(pi*0.497468518134) q[4];
ry(pi*0.298545576483) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000111189084) q[0];
ry(pi*0.257810214436) q[1];
ry(pi*-0.031601895536) q[2];
ry(pi*0.051840770575) q[3];
ry(pi*-0.24771269044) q[4];
ry(pi*0.003707938056) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
