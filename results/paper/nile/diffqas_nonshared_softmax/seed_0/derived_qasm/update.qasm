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
rx(pi*-0.0760869176) q[0];
rx(pi*-0.150808926245) q[1];
rx(pi*0.004130036336) q[2];
rx(pi*-0.025944324152) q[3];
rx(pi*0.005079306343) q[4];
rx(pi*0.004083447864) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.131372551001) q[0];
rx(pi*-0.354442535531) q[1];
rx(pi*-0.025264395421) q[2];
rx(pi*-0.019472914384) q[3];
rx(pi*0.0009435037) q[4];
rx(pi*-0.000738223239) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.086934695188) q[0];
rx(pi*-0.162433832321) q[1];
rx(pi*0.003434475543) q[2];
rx(pi*-0.01854802495) q[3];
rx(pi*-0.001215609514) q[4];
rx(pi*0.000425168344) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.130853684297) q[0];
rx(pi*-0.35612913691) q[1];
rx(pi*-0.020156592604) q[2];
rx(pi*-0.021518155241) q[3];
rx(pi*-0.004238706306) q[4];
rx(pi*0.005075153683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.074330804817) q[0];
rx(pi*-0.157442330076) q[1];
rx(pi*0.004287145509) q[2];
rx(pi*-0.022600296737) q[3];
rx(pi*0.003426166369) q[4];
rx(pi*0.00227083409) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
