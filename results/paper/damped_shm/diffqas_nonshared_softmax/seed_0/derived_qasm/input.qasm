// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*0.021368016774) q[0];
ry(pi*-0.002267243794) q[1];
ry(pi*0.00055934332) q[2];
ry(pi*0.09284346338) q[3];
ry(pi*0.004444530973) q[4];
ry(pi*0.003962312503) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022681711169) q[0];
ry(pi*0.004399291049) q[1];
ry(pi*-6.1388748e-05) q[2];
ry(pi*-0.002342232542) q[3];
ry(pi*0.000324526404) q[4];
ry(pi*-0.000736778568) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.6398742e-05) q[0];
ry(pi*0.000144283809) q[1];
ry(pi*0.000704094823) q[2];
ry(pi*-0.000139136312) q[3];
ry(pi*0.000283885333) q[4];
ry(pi*0.003664012588) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014312540454) q[0];
ry(pi*-0.000780865675) q[1];
ry(pi*0.000181891565) q[2];
ry(pi*-0.000361039308) q[3];
ry(pi*-0.001205121438) q[4];
ry(pi*-0.027412651184) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001502917019) q[0];
ry(pi*0.001268648941) q[1];
ry(pi*0.026028257216) q[2];
ry(pi*0.002585691433) q[3];
ry(pi*0.003995224291) q[4];
ry(pi*-0.001170611714) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
