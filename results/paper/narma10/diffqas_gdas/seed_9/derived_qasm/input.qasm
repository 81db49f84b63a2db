// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00039082567) q[0];
ry(pi*-9.022553e-06) q[1];
ry(pi*-1.240809e-06) q[2];
ry(pi*-8.0761827e-05) q[3];
ry(pi*-6.9161e-08) q[4];
ry(pi*1.469181e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*5.193603e-06) q[0];
ry(pi*-6.113867e-05) q[1];
ry(pi*2.93361e-07) q[2];
ry(pi*-1.049049e-06) q[3];
ry(pi*7.172569e-06) q[4];
ry(pi*0.00023672603) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.47e-07) q[0];
ry(pi*-4.75097e-07) q[1];
ry(pi*-0.004576170122) q[2];
ry(pi*-3.647e-09) q[3];
ry(pi*-1.182654e-06) q[4];
ry(pi*6.5398e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001566351808) q[0];
ry(pi*-1.53876e-07) q[1];
ry(pi*-2.13216e-07) q[2];
ry(pi*4.9359e-08) q[3];
ry(pi*-4.5516e-08) q[4];
ry(pi*4.77946e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.70259e-07) q[0];
ry(pi*-0.001309266185) q[1];
ry(pi*-2.25083e-07) q[2];
ry(pi*-0.005572758459) q[3];
ry(pi*4.270028e-06) q[4];
ry(pi*-0.001951411282) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
