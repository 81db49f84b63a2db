// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.000554420003) q[0];
ry(pi*0.333675952487) q[1];
ry(pi*0.002801613456) q[2];
ry(pi*-0.087119859719) q[3];
ry(pi*0.005329626847) q[4];
ry(pi*-0.0005597874) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003997345385) q[0];
ry(pi*0.000770295706) q[1];
ry(pi*-0.147980080077) q[2];
ry(pi*0.093441342091) q[3];
ry(pi*0.002546467945) q[4];
ry(pi*-0.396119287372) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.470152808205) q[0];
ry(pi*-0.532000816213) q[1];
ry(pi*-0.001594431771) q[2];
ry(pi*0.002647259185) q[3];
ry(pi*-0.025255086917) q[4];
ry(pi*-0.027578596321) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001180956531) q[0];
ry(pi*0.928854652485) q[1];
ry(pi*-0.522636171515) q[2];
ry(pi*-0.051887268036) q[3];
ry(pi*-0.504951863117) q[4];
ry(pi*-0.009629981539) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.029427630508) q[0];
ry(pi*0.040767468679) q[1];
ry(pi*0.053552539304) q[2];
ry(pi*-0.001157960301) q[3];
ry(pi*-0.002175653299) q[4];
ry(pi*0.002989634275) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
