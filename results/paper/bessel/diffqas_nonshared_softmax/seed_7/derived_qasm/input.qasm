// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.148997654941) q[0];
ry(pi*-0.003467376363) q[1];
ry(pi*0.009181433174) q[2];
ry(pi*0.035011948113) q[3];
ry(pi*0.003700860036) q[4];
ry(pi*0.000708907602) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007267524641) q[0];
ry(pi*0.444049077399) q[1];
ry(pi*-0.006310141413) q[2];
ry(pi*-0.003802038142) q[3];
ry(pi*-0.014405878073) q[4];
ry(pi*0.006201491601) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005020496161) q[0];
ry(pi*-0.001894764882) q[1];
ry(pi*0.000631939537) q[2];
ry(pi*0.006291618082) q[3];
ry(pi*-0.002034098518) q[4];
ry(pi*0.001098853225) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019575366036) q[0];
ry(pi*0.007651020197) q[1];
ry(pi*-0.001476154772) q[2];
ry(pi*-0.003472197516) q[3];
ry(pi*-0.003796863918) q[4];
ry(pi*-0.000169151847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001219546729) q[0];
ry(pi*-0.032183094831) q[1];
ry(pi*0.04888344096) q[2];
ry(pi*-0.024953017058) q[3];
ry(pi*0.076536979635) q[4];
ry(pi*0.002217669042) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
