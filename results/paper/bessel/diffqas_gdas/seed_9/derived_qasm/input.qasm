// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011649371435) q[0];
ry(pi*-0.014801529824) q[1];
ry(pi*0.001674756752) q[2];
ry(pi*0.002093214043) q[3];
ry(pi*0.087721959867) q[4];
ry(pi*8.820229e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006226559344) q[0];
ry(pi*-0.000478788183) q[1];
ry(pi*0.034034218391) q[2];
ry(pi*4.9294367e-05) q[3];
ry(pi*3.68244e-07) q[4];
ry(pi*1.48343e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.1973379e-05) q[0];
ry(pi*-4.6274805e-05) q[1];
ry(pi*-0.001169682346) q[2];
ry(pi*-7.9458738e-05) q[3];
ry(pi*0.015136796063) q[4];
ry(pi*-3.2130357e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013934374462) q[0];
ry(pi*0.015505122314) q[1];
ry(pi*-5.53385e-07) q[2];
ry(pi*7.9166e-07) q[3];
ry(pi*-1.102349e-06) q[4];
ry(pi*-9.0254e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002568655388) q[0];
ry(pi*1.985526e-06) q[1];
ry(pi*0.390202104767) q[2];
ry(pi*4.4006431e-05) q[3];
ry(pi*-0.041102664955) q[4];
ry(pi*-0.002516917891) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
