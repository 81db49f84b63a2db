// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.272615351454) q[0];
ry(pi*0.51537852634) q[1];
ry(pi*0.091237761797) q[2];
ry(pi*-0.015944234702) q[3];
ry(pi*-0.019933629616) q[4];
ry(pi*-0.075020506884) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.455220610696) q[0];
ry(pi*-0.061444030778) q[1];
ry(pi*-0.022511490048) q[2];
ry(pi*0.137169361009) q[3];
ry(pi*-0.12439531355) q[4];
ry(pi*0.230839656733) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.038256121957) q[0];
ry(pi*0.044912795863) q[1];
ry(pi*-0.008210309526) q[2];
ry(pi*0.043412753512) q[3];
ry(pi*0.108349453697) q[4];
ry(pi*0.079620625061) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006122550148) q[0];
ry(pi*0.277829897321) q[1];
ry(pi*-0.0558572396) q[2];
ry(pi*-0.019682761274) q[3];
ry(pi*0.017901874825) q[4];
ry(pi*-0.123285417297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.132008157022) q[0];
ry(pi*0.13318260805) q[1];
ry(pi*-0.166162831017) q[2];
ry(pi*-0.275895075484) q[3];
ry(pi*0.070178353365) q[4];
ry(pi*-0.00131044131) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
