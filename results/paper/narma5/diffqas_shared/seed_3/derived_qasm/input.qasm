// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.062776055218) q[0];
ry(pi*-0.035487888975) q[1];
ry(pi*0.006315626315) q[2];
ry(pi*0.004822768707) q[3];
ry(pi*-0.135984218838) q[4];
ry(pi*0.025914987541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.269970493507) q[0];
ry(pi*0.153153293814) q[1];
ry(pi*-0.024669457485) q[2];
ry(pi*0.056067358038) q[3];
ry(pi*-0.007216741117) q[4];
ry(pi*-0.004168129166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017835565072) q[0];
ry(pi*0.063484820154) q[1];
ry(pi*0.062814901919) q[2];
ry(pi*0.000998282099) q[3];
ry(pi*0.004634084434) q[4];
ry(pi*0.045476656438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.251260214804) q[0];
ry(pi*0.186187769353) q[1];
ry(pi*-0.010192801578) q[2];
ry(pi*-0.037156518419) q[3];
ry(pi*-0.029208115817) q[4];
ry(pi*-0.004582273714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.030899327574) q[0];
ry(pi*-0.034357151158) q[1];
ry(pi*0.041380753262) q[2];
ry(pi*0.01295984402) q[3];
ry(pi*-0.021041405665) q[4];
ry(pi*0.001564071817) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
