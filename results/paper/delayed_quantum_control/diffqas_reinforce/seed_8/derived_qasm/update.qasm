// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.159627212728) q[0];
ry(pi*0.357306889195) q[1];
ry(pi*0.001579358812) q[2];
ry(pi*0.000347071105) q[3];
ry(pi*0.000578642087) q[4];
ry(pi*-0.486798396613) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015678345872) q[0];
ry(pi*0.498171799946) q[1];
ry(pi*-0.499828310547) q[2];
ry(pi*0.000821939303) q[3];
ry(pi*0.499085413638) q[4];
ry(pi*-0.481139281322) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000476231605) q[0];
ry(pi*0.49357166754) q[1];
ry(pi*0.491058916835) q[2];
ry(pi*0.001132044565) q[3];
ry(pi*0.001306237067) q[4];
ry(pi*0.001724023049) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003688897422) q[0];
ry(pi*0.503689568267) q[1];
ry(pi*-0.500133278494) q[2];
ry(pi*0.501273085284) q[3];
ry(pi*-0.000414848911) q[4];
ry(pi*0.000145144725) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.742959139337) q[0];
ry(pi*-0.000827972043) q[1];
ry(pi*-0.496228003999) q[2];
ry(pi*0.253132825002) q[3];
ry(pi*0.220179799468) q[4];
ry(pi*0.001585659691) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
