// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.018496168874) q[0];
ry(pi*0.048143484827) q[1];
ry(pi*0.139215989248) q[2];
ry(pi*0.109468618138) q[3];
ry(pi*-0.423218328523) q[4];
ry(pi*0.042323362056) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.418065254358) q[0];
ry(pi*0.092513071951) q[1];
ry(pi*0.476481319981) q[2];
ry(pi*0.423518667119) q[3];
ry(pi*0.223038726927) q[4];
ry(pi*-0.218388297767) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.210332070668) q[0];
ry(pi*-0.309262408909) q[1];
ry(pi*-0.018820258978) q[2];
ry(pi*-0.065151514377) q[3];
ry(pi*0.041629144474) q[4];
ry(pi*-0.299937910545) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.420955942197) q[0];
ry(pi*0.188560102752) q[1];
ry(pi*0.301647563813) q[2];
ry(pi*-0.221874653993) q[3];
ry(pi*0.40474054187) q[4];
ry(pi*-0.0368260511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052745694749) q[0];
ry(pi*0.01287928929) q[1];
ry(pi*0.142150257489) q[2];
ry(pi*-0.070854693875) q[3];
ry(pi*0.241490236324) q[4];
ry(pi*0.001319561569) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
