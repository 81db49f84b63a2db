// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000703252908) q[0];
ry(pi*-0.499675693765) q[1];
ry(pi*-0.499925261288) q[2];
ry(pi*0.000284530555) q[3];
ry(pi*0.002825641552) q[4];
ry(pi*-0.00170054872) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.517603194843) q[0];
ry(pi*-0.499479819117) q[1];
ry(pi*-0.500426673064) q[2];
ry(pi*-0.00435356732) q[3];
ry(pi*0.001060973838) q[4];
ry(pi*-0.000705051243) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021840350442) q[0];
ry(pi*-0.076320756716) q[1];
ry(pi*0.001844962754) q[2];
ry(pi*-0.00370525193) q[3];
ry(pi*0.004501094959) q[4];
ry(pi*0.398951539148) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500620688382) q[0];
ry(pi*-0.006029328738) q[1];
ry(pi*0.014139140213) q[2];
ry(pi*-0.013854525281) q[3];
ry(pi*-0.010035637265) q[4];
ry(pi*0.43678160434) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.463724310049) q[0];
ry(pi*-0.000554803756) q[1];
ry(pi*0.493327678005) q[2];
ry(pi*0.003835619312) q[3];
ry(pi*4.1963317e-05) q[4];
ry(pi*0.002588650885) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
