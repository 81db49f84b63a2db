// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01212647082) q[0];
ry(pi*-0.003739185579) q[1];
ry(pi*0.025596354473) q[2];
ry(pi*-0.012145762547) q[3];
ry(pi*-0.006962505112) q[4];
ry(pi*0.005814920088) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.080842925358) q[0];
ry(pi*-0.308940005007) q[1];
ry(pi*0.513111814227) q[2];
ry(pi*-0.002241469465) q[3];
ry(pi*0.009513359616) q[4];
ry(pi*-0.002154524921) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004746090347) q[0];
ry(pi*-0.038422890038) q[1];
ry(pi*0.104654254952) q[2];
ry(pi*-0.005139650946) q[3];
ry(pi*-0.007648790307) q[4];
ry(pi*0.170907991106) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015305772097) q[0];
ry(pi*0.270076285548) q[1];
ry(pi*-0.158320815726) q[2];
ry(pi*-0.476646914123) q[3];
ry(pi*0.44270834921) q[4];
ry(pi*-0.010990427749) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004395444325) q[0];
ry(pi*-0.014674635344) q[1];
ry(pi*-0.011545470739) q[2];
ry(pi*0.014191678123) q[3];
ry(pi*0.022628388261) q[4];
ry(pi*0.005377713276) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
