// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.587384353736) q[0];
ry(pi*0.498228832025) q[1];
ry(pi*-0.018580547797) q[2];
ry(pi*0.000383773107) q[3];
ry(pi*-0.003191557672) q[4];
ry(pi*-0.277873610532) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.503590075178) q[0];
ry(pi*-0.013780268319) q[1];
ry(pi*-0.014972879823) q[2];
ry(pi*-0.499259090171) q[3];
ry(pi*-0.008807252051) q[4];
ry(pi*-0.24175852995) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003277834167) q[0];
ry(pi*-0.009692483106) q[1];
ry(pi*0.000468313929) q[2];
ry(pi*0.014167551902) q[3];
ry(pi*-0.016277888257) q[4];
ry(pi*0.017995491106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003349647795) q[0];
ry(pi*-0.423998867363) q[1];
ry(pi*0.409738267177) q[2];
ry(pi*-0.029321316716) q[3];
ry(pi*-0.44933207694) q[4];
ry(pi*-0.010780903395) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000565663246) q[0];
ry(pi*0.503638607467) q[1];
ry(pi*0.00942762177) q[2];
ry(pi*0.360417547071) q[3];
ry(pi*0.383420258158) q[4];
ry(pi*-0.000463821353) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
