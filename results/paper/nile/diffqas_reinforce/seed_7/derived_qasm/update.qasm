// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.470421272585) q[0];
rx(pi*-0.000280135695) q[1];
rx(pi*-0.006183245747) q[2];
rx(pi*0.001224229811) q[3];
rx(pi*-0.000545059434) q[4];
rx(pi*-0.004499153217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.014482439039) q[0];
rx(pi*0.001944250107) q[1];
rx(pi*0.023363980662) q[2];
rx(pi*-0.00127979217) q[3];
rx(pi*-0.003715177642) q[4];
rx(pi*-0.004584483447) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.058078844005) q[0];
rx(pi*0.006431941117) q[1];
rx(pi*-0.004574915846) q[2];
rx(pi*0.003149001799) q[3];
rx(pi*0.009012859125) q[4];
rx(pi*0.002796496151) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007633949468) q[0];
rx(pi*-0.00189618606) q[1];
rx(pi*0.01113429098) q[2];
rx(pi*-0.002408638048) q[3];
rx(pi*-0.000559915318) q[4];
rx(pi*0.003083617263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.467204519104) q[0];
rx(pi*-0.005892714283) q[1];
rx(pi*-0.006763347587) q[2];
rx(pi*0.001582138023) q[3];
rx(pi*0.004611235021) q[4];
rx(pi*-0.003389713199) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
