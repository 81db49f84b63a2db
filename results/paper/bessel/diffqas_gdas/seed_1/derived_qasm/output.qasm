// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.14985e-07) q[0];
ry(pi*1.3e-11) q[1];
ry(pi*-0.000286002221) q[2];
ry(pi*-0.000706079921) q[3];
ry(pi*-0.001847255195) q[4];
ry(pi*-0.000724323108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-9.2e-11) q[2];
ry(pi*1.12081e-07) q[3];
ry(pi*0.002096221223) q[4];
ry(pi*0.008501101273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-2.026486e-06) q[2];
ry(pi*-1.2049423e-05) q[3];
ry(pi*0.005285697821) q[4];
ry(pi*0.007189687758) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*6.979e-09) q[2];
ry(pi*8.3009e-08) q[3];
ry(pi*-0.002166072506) q[4];
ry(pi*-0.001761821654) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003678417054) q[0];
ry(pi*-1.0e-11) q[1];
ry(pi*0.000286015302) q[2];
ry(pi*0.000706476051) q[3];
ry(pi*-0.0033885526) q[4];
ry(pi*0.001336267518) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
