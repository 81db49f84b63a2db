// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.006361257552) q[0];
rz(pi*0.003371984056) q[1];
rz(pi*-0.003018186778) q[2];
rz(pi*0.003529938702) q[3];
rz(pi*0.003251380227) q[4];
rz(pi*0.003934052595) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001451577801) q[0];
rz(pi*0.001086577042) q[1];
rz(pi*-0.001187801024) q[2];
rz(pi*0.001598484972) q[3];
rz(pi*0.000922285646) q[4];
rz(pi*0.004203131811) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002015066925) q[0];
rz(pi*-0.000656341751) q[1];
rz(pi*-0.007273747702) q[2];
rz(pi*0.001410899341) q[3];
rz(pi*0.002102300951) q[4];
rz(pi*0.003180439345) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000541140117) q[0];
rz(pi*0.000844367091) q[1];
rz(pi*7.8396866e-05) q[2];
rz(pi*-0.000510646946) q[3];
rz(pi*-0.005221296015) q[4];
rz(pi*-0.001960409552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000987954921) q[0];
rz(pi*-0.005195489521) q[1];
rz(pi*-0.000474519092) q[2];
rz(pi*-0.003226350134) q[3];
rz(pi*0.002037150314) q[4];
rz(pi*0.000912492299) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
