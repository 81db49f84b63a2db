// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.10279408139) q[0];
ry(pi*-0.13024119657) q[1];
ry(pi*-0.009559717154) q[2];
ry(pi*0.269758985316) q[3];
ry(pi*-0.189737722229) q[4];
ry(pi*0.22995662711) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.371469134658) q[0];
ry(pi*0.288473438023) q[1];
ry(pi*0.122533982651) q[2];
ry(pi*-0.137235149012) q[3];
ry(pi*-0.094145762268) q[4];
ry(pi*0.09290878655) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.089248459715) q[0];
ry(pi*-0.091902519444) q[1];
ry(pi*-0.49237213454) q[2];
ry(pi*-0.033941090659) q[3];
ry(pi*-0.498010341863) q[4];
ry(pi*-0.0336125135) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.167765155451) q[0];
ry(pi*-0.048199482892) q[1];
ry(pi*-0.075743102953) q[2];
ry(pi*-0.154800109341) q[3];
ry(pi*0.19934123382) q[4];
ry(pi*0.003099060191) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035506105185) q[0];
ry(pi*-0.291268009922) q[1];
ry(pi*-0.336480997343) q[2];
ry(pi*-0.220732779173) q[3];
ry(pi*-0.036973485951) q[4];
ry(pi*-0.002949015105) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
