// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.03843540968) q[0];
ry(pi*-0.472434091388) q[1];
ry(pi*0.004023716022) q[2];
ry(pi*0.0229305767) q[3];
ry(pi*-0.473991222737) q[4];
ry(pi*0.004473692679) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016028242471) q[0];
ry(pi*-0.073942347294) q[1];
ry(pi*-0.302834498908) q[2];
ry(pi*-0.03053536624) q[3];
ry(pi*-0.549165840507) q[4];
ry(pi*0.004837694923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018956750111) q[0];
ry(pi*-0.021969149312) q[1];
ry(pi*0.026248509473) q[2];
ry(pi*0.017225881754) q[3];
ry(pi*-0.142391894403) q[4];
ry(pi*-0.055433625576) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.116365060143) q[0];
ry(pi*0.030050581706) q[1];
ry(pi*0.428852399787) q[2];
ry(pi*-0.064810806517) q[3];
ry(pi*0.09947558655) q[4];
ry(pi*-0.021557566381) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.046159314873) q[0];
ry(pi*-0.476965694229) q[1];
ry(pi*0.023786809689) q[2];
ry(pi*0.546772845786) q[3];
ry(pi*0.238329490395) q[4];
ry(pi*-0.003031396258) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
