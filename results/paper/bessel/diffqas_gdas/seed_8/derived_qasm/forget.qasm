// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.13841140245) q[0];
ry(pi*-0.000933042453) q[1];
ry(pi*-0.022530873081) q[2];
ry(pi*-0.001272766769) q[3];
ry(pi*-0.227996230009) q[4];
ry(pi*-0.023404795785) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.023162694039) q[0];
ry(pi*-0.00128488235) q[1];
ry(pi*0.014855702948) q[2];
ry(pi*-0.013351679877) q[3];
ry(pi*-0.020410820308) q[4];
ry(pi*-0.07100497701) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.093066516488) q[0];
ry(pi*0.034689888093) q[1];
ry(pi*0.215886987629) q[2];
ry(pi*-0.017133485658) q[3];
ry(pi*0.081554706961) q[4];
ry(pi*-0.131003113658) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.459078605103) q[0];
ry(pi*0.129504740909) q[1];
ry(pi*-0.073371898432) q[2];
ry(pi*0.068581616406) q[3];
ry(pi*-0.007373811159) q[4];
ry(pi*-0.088737912561) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005767421814) q[0];
ry(pi*0.269399318938) q[1];
ry(pi*-0.01854512212) q[2];
ry(pi*0.187023139434) q[3];
ry(pi*-0.238189850972) q[4];
ry(pi*0.001280462441) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
