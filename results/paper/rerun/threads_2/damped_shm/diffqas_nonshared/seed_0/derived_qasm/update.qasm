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
ry(pi*0.007565615559) q[0];
ry(pi*-0.002676079678) q[1];
ry(pi*-0.010136707463) q[2];
ry(pi*-0.011854131257) q[3];
ry(pi*-0.002814513146) q[4];
ry(pi*-0.008868426119) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.031172966771) q[0];
ry(pi*-0.31808151122) q[1];
ry(pi*-0.489763875023) q[2];
ry(pi*0.002724455738) q[3];
ry(pi*3.0630797e-05) q[4];
ry(pi*-0.008489603787) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011975937483) q[0];
ry(pi*0.05879885978) q[1];
ry(pi*0.06448803739) q[2];
ry(pi*0.001956202642) q[3];
ry(pi*-0.010529123175) q[4];
ry(pi*-0.19528690942) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011056843038) q[0];
ry(pi*-0.288176191985) q[1];
ry(pi*0.13988439915) q[2];
ry(pi*0.509142563627) q[3];
ry(pi*0.492947919487) q[4];
ry(pi*0.12180249785) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.045021585599) q[0];
ry(pi*-0.029031408388) q[1];
ry(pi*-0.012670507246) q[2];
ry(pi*-0.009222484864) q[3];
ry(pi*-0.003181674945) q[4];
ry(pi*0.005023085348) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
