// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.026303643375) q[0];
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
rx(pi*0.002789229885) q[0];
rx(pi*0.000816319886) q[1];
rx(pi*-0.000301937606) q[2];
rx(pi*-0.000824008963) q[3];
rx(pi*0.003360553271) q[4];
rx(pi*-0.007164864289) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000441434103) q[0];
rx(pi*0.000105091578) q[1];
rx(pi*-0.004537036755) q[2];
rx(pi*0.00105925547) q[3];
rx(pi*-0.00207317141) q[4];
rx(pi*0.002745279811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.0003998889) q[0];
rx(pi*0.00212999138) q[1];
rx(pi*0.003879585691) q[2];
rx(pi*0.001218926409) q[3];
rx(pi*-0.002787620166) q[4];
rx(pi*-0.004820331598) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005581088681) q[0];
rx(pi*-0.000354356529) q[1];
rx(pi*-0.002191853951) q[2];
rx(pi*0.00045909095) q[3];
rx(pi*-0.000609266511) q[4];
rx(pi*0.002712466444) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000107963068) q[0];
rx(pi*4.3755117e-05) q[1];
rx(pi*-0.002274538223) q[2];
rx(pi*0.001494597914) q[3];
rx(pi*-0.003290936035) q[4];
rx(pi*0.002119568523) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
