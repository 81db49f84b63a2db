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
ry(pi*-7.674e-09) q[0];
ry(pi*-9.64e-10) q[1];
ry(pi*-0.500000013914) q[2];
ry(pi*0.192787420666) q[3];
ry(pi*-7.593e-09) q[4];
ry(pi*-1.67371e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.295011826334) q[0];
ry(pi*6.0e-11) q[1];
ry(pi*5.0e-12) q[2];
ry(pi*-1.183e-08) q[3];
ry(pi*5.53e-10) q[4];
ry(pi*9.085e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.18e-10) q[0];
ry(pi*0.461473762718) q[1];
ry(pi*3.94e-10) q[2];
ry(pi*-0.477994206882) q[3];
ry(pi*-0.500000013914) q[4];
ry(pi*-9.6e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.291e-09) q[0];
ry(pi*1.014e-09) q[1];
ry(pi*9.88e-10) q[2];
ry(pi*4.12e-10) q[3];
ry(pi*1.16e-10) q[4];
ry(pi*0.031648300505) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.20498818758) q[0];
ry(pi*-0.19388271739) q[1];
ry(pi*-0.020283572461) q[2];
ry(pi*0.028878791606) q[3];
ry(pi*0.026646690528) q[4];
ry(pi*-0.003690187272) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
