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
ry(pi*-0.102795788938) q[0];
ry(pi*-0.130230960773) q[1];
ry(pi*-0.009571485593) q[2];
ry(pi*0.269728325356) q[3];
ry(pi*-0.18975430441) q[4];
ry(pi*0.229944105097) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.371462304468) q[0];
ry(pi*0.288457595779) q[1];
ry(pi*0.122501747953) q[2];
ry(pi*-0.137209421966) q[3];
ry(pi*-0.094130128724) q[4];
ry(pi*0.092914668102) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.089268561341) q[0];
ry(pi*-0.091928502622) q[1];
ry(pi*-0.492362268711) q[2];
ry(pi*-0.033919053813) q[3];
ry(pi*-0.498003246055) q[4];
ry(pi*-0.033619163448) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.167757129978) q[0];
ry(pi*-0.048199425974) q[1];
ry(pi*-0.075735898052) q[2];
ry(pi*-0.154809956197) q[3];
ry(pi*0.199348177846) q[4];
ry(pi*0.00312428772) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035514237379) q[0];
ry(pi*-0.291266643884) q[1];
ry(pi*-0.336492760446) q[2];
ry(pi*-0.220757083262) q[3];
ry(pi*-0.037013281289) q[4];
ry(pi*-0.002949109079) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
