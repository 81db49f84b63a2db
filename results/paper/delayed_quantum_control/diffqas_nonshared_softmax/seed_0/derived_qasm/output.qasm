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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.036501624229) q[0];
ry(pi*0.715603169238) q[1];
ry(pi*0.004878540581) q[2];
ry(pi*-0.516397932073) q[3];
ry(pi*-0.456984658831) q[4];
ry(pi*-0.008230413524) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.342604261934) q[0];
ry(pi*0.493633898152) q[1];
ry(pi*-0.108225001959) q[2];
ry(pi*0.011361557224) q[3];
ry(pi*-0.00460126336) q[4];
ry(pi*-0.550285725913) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.154505377192) q[0];
ry(pi*0.005290369268) q[1];
ry(pi*-0.022288546033) q[2];
ry(pi*0.25699055379) q[3];
ry(pi*0.005136442773) q[4];
ry(pi*-0.00128334037) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008757199571) q[0];
ry(pi*-0.027275940678) q[1];
ry(pi*0.001719196263) q[2];
ry(pi*-0.011559310173) q[3];
ry(pi*0.006734037656) q[4];
ry(pi*0.002958686166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.070587448494) q[0];
ry(pi*-0.054862493696) q[1];
ry(pi*-0.13224395033) q[2];
ry(pi*0.05558578227) q[3];
ry(pi*0.002291739538) q[4];
ry(pi*-0.001741467008) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
