// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.002821707375) q[0];
rz(pi*-0.000928580374) q[1];
rz(pi*0.002809193366) q[2];
rz(pi*0.001847301738) q[3];
rz(pi*0.000291308476) q[4];
rz(pi*0.002132996634) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.009002319764) q[0];
rz(pi*0.003250902351) q[1];
rz(pi*-0.003054666036) q[2];
rz(pi*-0.005311382179) q[3];
rz(pi*0.000879952332) q[4];
rz(pi*0.002229895199) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001415743172) q[0];
rz(pi*-0.003426327934) q[1];
rz(pi*8.3164242e-05) q[2];
rz(pi*-0.000167894625) q[3];
rz(pi*0.004474157512) q[4];
rz(pi*0.002379073319) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000616934836) q[0];
rz(pi*0.003538439382) q[1];
rz(pi*-0.000654199313) q[2];
rz(pi*-0.002947228702) q[3];
rz(pi*0.00185911257) q[4];
rz(pi*0.001854274667) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000683821553) q[0];
rz(pi*-0.002491756174) q[1];
rz(pi*0.000729419958) q[2];
rz(pi*-0.007938311472) q[3];
rz(pi*0.002196735728) q[4];
rz(pi*0.001564073892) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
