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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.061757470056) q[0];
ry(pi*0.141556932236) q[1];
ry(pi*0.250544126388) q[2];
ry(pi*0.050656463205) q[3];
ry(pi*-0.054335511399) q[4];
ry(pi*0.020121749153) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.055954142909) q[0];
ry(pi*-0.13058686106) q[1];
ry(pi*0.136234507326) q[2];
ry(pi*-0.183499198195) q[3];
ry(pi*-0.137134261426) q[4];
ry(pi*0.000413676566) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.129165802258) q[0];
ry(pi*0.085881868959) q[1];
ry(pi*0.230863031158) q[2];
ry(pi*0.126334195555) q[3];
ry(pi*0.059905250819) q[4];
ry(pi*-0.010044237848) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.112159940344) q[0];
ry(pi*-0.331895853407) q[1];
ry(pi*0.1458307903) q[2];
ry(pi*-0.191457089543) q[3];
ry(pi*-0.351222936138) q[4];
ry(pi*3.9646502e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.074644836993) q[0];
ry(pi*-0.038117075433) q[1];
ry(pi*0.03544092431) q[2];
ry(pi*0.244079162611) q[3];
ry(pi*0.412431183093) q[4];
ry(pi*-0.003569740266) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
