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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.001258564926) q[0];
ry(pi*-0.00106839826) q[1];
ry(pi*-0.012235143162) q[2];
ry(pi*0.001183206136) q[3];
ry(pi*0.002699421198) q[4];
ry(pi*-0.000206817291) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012178751412) q[0];
ry(pi*0.389478598006) q[1];
ry(pi*-0.022774236516) q[2];
ry(pi*-0.306436266358) q[3];
ry(pi*-0.009762077516) q[4];
ry(pi*-0.003236806193) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000936063567) q[0];
ry(pi*0.170586972215) q[1];
ry(pi*0.300669347914) q[2];
ry(pi*-0.169678120682) q[3];
ry(pi*0.001650533889) q[4];
ry(pi*-0.005336032521) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000824280362) q[0];
ry(pi*-0.005766883463) q[1];
ry(pi*-0.010915869593) q[2];
ry(pi*-0.01210279876) q[3];
ry(pi*-0.499529300043) q[4];
ry(pi*0.069812070242) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00627727172) q[0];
ry(pi*0.024913024877) q[1];
ry(pi*-0.000163541305) q[2];
ry(pi*-0.036722796664) q[3];
ry(pi*0.003787630415) q[4];
ry(pi*-0.003370833536) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
