// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
rx(pi*0.036218365849) q[0];
rx(pi*-0.0039445466) q[1];
rx(pi*-0.000291222154) q[2];
rx(pi*0.004178926439) q[3];
rx(pi*-0.060735047655) q[4];
rx(pi*0.006054266044) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.032410452381) q[0];
rx(pi*0.010788000389) q[1];
rx(pi*-0.004440889391) q[2];
rx(pi*0.006813559557) q[3];
rx(pi*0.04816813517) q[4];
rx(pi*-0.075093585165) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.008654504238) q[0];
rx(pi*0.002414208625) q[1];
rx(pi*0.007187585933) q[2];
rx(pi*0.016071525238) q[3];
rx(pi*0.002939600472) q[4];
rx(pi*0.023525517007) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.042904767679) q[0];
rx(pi*-0.064653783314) q[1];
rx(pi*0.036792338899) q[2];
rx(pi*0.000307136602) q[3];
rx(pi*-0.000712708303) q[4];
rx(pi*0.015374943178) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000983108051) q[0];
rx(pi*0.005255101894) q[1];
rx(pi*0.000884589168) q[2];
rx(pi*-0.006712922174) q[3];
rx(pi*-0.069144552059) q[4];
rx(pi*-4.5238659e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
