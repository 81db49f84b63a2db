// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.003822008737) q[0];
ry(pi*-0.053046275248) q[1];
ry(pi*0.504100935382) q[2];
ry(pi*0.005136234073) q[3];
ry(pi*-0.003575943465) q[4];
ry(pi*0.000785257644) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01219558854) q[0];
ry(pi*0.053062591811) q[1];
ry(pi*-0.046474400037) q[2];
ry(pi*0.001923587895) q[3];
ry(pi*-0.003224302559) q[4];
ry(pi*0.006036656962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.199256482556) q[0];
ry(pi*0.025175482011) q[1];
ry(pi*-0.201044891699) q[2];
ry(pi*0.008759926904) q[3];
ry(pi*-0.000235472439) q[4];
ry(pi*0.50610646865) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001426903298) q[0];
ry(pi*-0.481901150978) q[1];
ry(pi*0.001237736703) q[2];
ry(pi*-0.494852176227) q[3];
ry(pi*-0.498517028063) q[4];
ry(pi*-0.004762446931) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.97707077922) q[0];
ry(pi*-0.512524380013) q[1];
ry(pi*-0.035631709518) q[2];
ry(pi*0.003834452192) q[3];
ry(pi*0.07289552594) q[4];
ry(pi*-0.003371165559) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
