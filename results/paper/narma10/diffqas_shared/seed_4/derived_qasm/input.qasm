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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000424745497) q[0];
ry(pi*-0.0631117353) q[1];
ry(pi*0.140872518822) q[2];
ry(pi*0.00950458057) q[3];
ry(pi*0.135722461324) q[4];
ry(pi*-0.041189356183) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.10643624182) q[0];
ry(pi*0.021845821709) q[1];
ry(pi*-0.007144374314) q[2];
ry(pi*-0.012666091339) q[3];
ry(pi*-0.054235254657) q[4];
ry(pi*-0.002484620049) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010167668616) q[0];
ry(pi*0.027233531844) q[1];
ry(pi*0.09268806709) q[2];
ry(pi*-0.071775754371) q[3];
ry(pi*-0.173834461547) q[4];
ry(pi*-0.011940448958) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.157341347626) q[0];
ry(pi*0.067227488714) q[1];
ry(pi*0.112095812457) q[2];
ry(pi*-0.038551152927) q[3];
ry(pi*-0.028015123672) q[4];
ry(pi*-0.039834811091) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.052843228902) q[0];
ry(pi*0.132584397315) q[1];
ry(pi*0.087602905875) q[2];
ry(pi*0.248522048884) q[3];
ry(pi*0.127089794719) q[4];
ry(pi*0.001586404668) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
