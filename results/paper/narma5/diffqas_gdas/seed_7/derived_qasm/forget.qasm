// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.003082932762) q[0];
ry(pi*-0.003637549162) q[1];
ry(pi*0.001369456338) q[2];
ry(pi*0.009185644531) q[3];
ry(pi*-0.000294226574) q[4];
ry(pi*0.001635516959) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001422753751) q[0];
ry(pi*0.003786774566) q[1];
ry(pi*-0.001396957336) q[2];
ry(pi*0.004180269946) q[3];
ry(pi*-0.002128762302) q[4];
ry(pi*0.003359387633) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001405004597) q[0];
ry(pi*0.002415870667) q[1];
ry(pi*-0.000511913229) q[2];
ry(pi*0.000126906467) q[3];
ry(pi*-0.00408869709) q[4];
ry(pi*0.003855835071) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00347377255) q[0];
ry(pi*0.002057484357) q[1];
ry(pi*-0.001196855619) q[2];
ry(pi*4.4631633e-05) q[3];
ry(pi*0.00201385682) q[4];
ry(pi*-7.1464046e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002160295749) q[0];
ry(pi*-0.002782209375) q[1];
ry(pi*-0.001856470911) q[2];
ry(pi*0.001976469686) q[3];
ry(pi*-0.001705036961) q[4];
ry(pi*-0.004375585787) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
