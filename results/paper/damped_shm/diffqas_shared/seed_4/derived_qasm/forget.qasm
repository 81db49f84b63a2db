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
ry(pi*-0.001082957027) q[0];
ry(pi*-0.025051708548) q[1];
ry(pi*-0.502404657902) q[2];
ry(pi*-0.501279232454) q[3];
ry(pi*-0.499870581829) q[4];
ry(pi*0.635708587187) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.467094249495) q[0];
ry(pi*-0.000976703711) q[1];
ry(pi*0.005645255699) q[2];
ry(pi*0.001199152952) q[3];
ry(pi*-0.003943518514) q[4];
ry(pi*0.513771724337) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000917295369) q[0];
ry(pi*0.501414546091) q[1];
ry(pi*0.002214916215) q[2];
ry(pi*0.50118694901) q[3];
ry(pi*0.003924787076) q[4];
ry(pi*0.001335834257) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000695315481) q[0];
ry(pi*0.000301367034) q[1];
ry(pi*0.004057892463) q[2];
ry(pi*-0.044601875217) q[3];
ry(pi*-0.006506390771) q[4];
ry(pi*-0.339823426304) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001711597974) q[0];
ry(pi*0.500638636601) q[1];
ry(pi*0.002287880956) q[2];
ry(pi*-0.010865978382) q[3];
ry(pi*-0.000174732558) q[4];
ry(pi*-0.006741972415) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
