// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*0.016841757133) q[0];
ry(pi*0.030793734747) q[1];
ry(pi*-0.024070658595) q[2];
ry(pi*0.02547070508) q[3];
ry(pi*-0.086080029822) q[4];
ry(pi*9.5217171e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014915618885) q[0];
ry(pi*-0.182714845833) q[1];
ry(pi*-0.026504112701) q[2];
ry(pi*0.018474774729) q[3];
ry(pi*0.00314448332) q[4];
ry(pi*-0.000466725295) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.013703163072) q[0];
ry(pi*0.023656137261) q[1];
ry(pi*0.108887938222) q[2];
ry(pi*0.030996285429) q[3];
ry(pi*-0.009530435089) q[4];
ry(pi*0.003170679942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.013254481305) q[0];
ry(pi*-0.174660667791) q[1];
ry(pi*0.047957011176) q[2];
ry(pi*-0.025592680875) q[3];
ry(pi*-0.004665704001) q[4];
ry(pi*0.001252324522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.013733921453) q[0];
ry(pi*0.036114760417) q[1];
ry(pi*-0.024723223881) q[2];
ry(pi*0.031239971401) q[3];
ry(pi*0.025434609427) q[4];
ry(pi*0.005895383511) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
