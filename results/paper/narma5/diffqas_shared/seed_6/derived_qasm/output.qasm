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
ry(pi*-0.079950162715) q[0];
ry(pi*0.161221435798) q[1];
ry(pi*-0.109325867184) q[2];
ry(pi*-0.085509746972) q[3];
ry(pi*0.328478823602) q[4];
ry(pi*-0.165876513281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015710077793) q[0];
ry(pi*-0.513818511133) q[1];
ry(pi*0.049031177003) q[2];
ry(pi*-0.114234211877) q[3];
ry(pi*0.07332865954) q[4];
ry(pi*0.265481275784) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.321496169432) q[0];
ry(pi*0.016669794076) q[1];
ry(pi*-0.010186921212) q[2];
ry(pi*0.054213549834) q[3];
ry(pi*-0.193171846479) q[4];
ry(pi*0.095578897224) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.070200333294) q[0];
ry(pi*0.042108846684) q[1];
ry(pi*0.055972570191) q[2];
ry(pi*-0.031957039285) q[3];
ry(pi*-0.078995586861) q[4];
ry(pi*-0.003612554939) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.224494980177) q[0];
ry(pi*-0.064615610146) q[1];
ry(pi*0.007261220946) q[2];
ry(pi*-0.005764801204) q[3];
ry(pi*-0.105947257193) q[4];
ry(pi*-0.002146019646) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
