// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*-4.763e-09) q[0];
rx(pi*-0.001193578818) q[1];
rx(pi*-0.003120424394) q[2];
rx(pi*0.003254837121) q[3];
rx(pi*-0.005984516887) q[4];
rx(pi*0.002793644013) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*5.28e-10) q[0];
rx(pi*6.30036e-07) q[1];
rx(pi*-1.1e-11) q[2];
rx(pi*-5.584e-07) q[3];
rx(pi*-0.003148648135) q[4];
rx(pi*0.001839093801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-6.557e-09) q[0];
rx(pi*3.83345e-07) q[1];
rx(pi*-1.0e-12) q[2];
rx(pi*-0.000750499422) q[3];
rx(pi*0.000284280444) q[4];
rx(pi*0.007496481238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.575e-09) q[0];
rx(pi*-8.0e-10) q[1];
rx(pi*1.67e-10) q[2];
rx(pi*-4.50934e-07) q[3];
rx(pi*0.003148647542) q[4];
rx(pi*0.003475657078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.8953088e-05) q[0];
rx(pi*-0.000846998893) q[1];
rx(pi*0.003120424394) q[2];
rx(pi*-0.004131737658) q[3];
rx(pi*0.005700233979) q[4];
rx(pi*-0.000943461382) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
