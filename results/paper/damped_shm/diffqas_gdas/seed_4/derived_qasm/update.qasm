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
ry(pi*-0.002328474632) q[0];
ry(pi*0.003891129125) q[1];
ry(pi*-0.002076700489) q[2];
ry(pi*0.001791050802) q[3];
ry(pi*0.001571100627) q[4];
ry(pi*0.000114800557) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.063191439813) q[0];
ry(pi*0.31190853803) q[1];
ry(pi*0.512553180644) q[2];
ry(pi*0.005807373085) q[3];
ry(pi*0.001548060745) q[4];
ry(pi*-0.006214264411) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018504491981) q[0];
ry(pi*-0.057741845318) q[1];
ry(pi*0.057688958783) q[2];
ry(pi*-0.000420320511) q[3];
ry(pi*-0.004567913123) q[4];
ry(pi*-0.189728027154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001626234543) q[0];
ry(pi*0.296258487639) q[1];
ry(pi*-0.118849617345) q[2];
ry(pi*0.49040781008) q[3];
ry(pi*-0.492884778182) q[4];
ry(pi*-0.006866635818) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02775729826) q[0];
ry(pi*-0.016519963916) q[1];
ry(pi*0.009022451628) q[2];
ry(pi*-0.010662621357) q[3];
ry(pi*-0.005678606232) q[4];
ry(pi*-0.00324285257) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
