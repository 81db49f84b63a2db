// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013285023871) q[0];
rx(pi*0.100941496928) q[1];
rx(pi*0.003214534558) q[2];
rx(pi*0.001674800923) q[3];
rx(pi*-0.001885042535) q[4];
rx(pi*0.002260785945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.232285588808) q[0];
rx(pi*0.095775692049) q[1];
rx(pi*0.006163884058) q[2];
rx(pi*-0.001112005564) q[3];
rx(pi*-0.001937507963) q[4];
rx(pi*0.001077927174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007674565377) q[0];
rx(pi*0.097231765058) q[1];
rx(pi*-0.001893205263) q[2];
rx(pi*-0.001654234168) q[3];
rx(pi*0.000229368625) q[4];
rx(pi*0.003572460483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.232366678331) q[0];
rx(pi*0.103037055884) q[1];
rx(pi*0.001612550745) q[2];
rx(pi*-0.003449799298) q[3];
rx(pi*0.00072787946) q[4];
rx(pi*-0.003000547459) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.015283482676) q[0];
rx(pi*0.10298803979) q[1];
rx(pi*-0.000250550493) q[2];
rx(pi*-0.004264194413) q[3];
rx(pi*0.00036964093) q[4];
rx(pi*-0.002441459864) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
