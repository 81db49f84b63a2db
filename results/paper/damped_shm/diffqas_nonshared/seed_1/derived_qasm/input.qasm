// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.000217743666) q[0];
ry(pi*-0.002484339015) q[1];
ry(pi*-0.003508280718) q[2];
ry(pi*0.002371680618) q[3];
ry(pi*-0.001377888687) q[4];
ry(pi*0.054396693767) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003569491248) q[0];
ry(pi*0.000235989521) q[1];
ry(pi*0.004204793705) q[2];
ry(pi*0.001049531715) q[3];
ry(pi*0.005636724485) q[4];
ry(pi*0.001504273274) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005956906796) q[0];
ry(pi*-0.001586645978) q[1];
ry(pi*0.186520949775) q[2];
ry(pi*0.000362403123) q[3];
ry(pi*0.001959708301) q[4];
ry(pi*-0.000128299093) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.50585022272) q[0];
ry(pi*-0.013834985723) q[1];
ry(pi*0.013424925355) q[2];
ry(pi*0.004209357837) q[3];
ry(pi*-0.005835582596) q[4];
ry(pi*0.001699663523) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.109467773851) q[0];
ry(pi*-0.472758753047) q[1];
ry(pi*-0.312730741024) q[2];
ry(pi*-0.497777887758) q[3];
ry(pi*-0.497552301788) q[4];
ry(pi*-0.000412161525) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
