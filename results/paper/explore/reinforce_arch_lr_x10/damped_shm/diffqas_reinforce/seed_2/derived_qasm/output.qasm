// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*-0.007604950216) q[0];
rz(pi*0.002378335902) q[1];
rz(pi*0.005499100323) q[2];
rz(pi*-0.002740290868) q[3];
rz(pi*0.001432367894) q[4];
rz(pi*0.002754920635) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000103534192) q[0];
rz(pi*-0.00366105699) q[1];
rz(pi*-0.000645199487) q[2];
rz(pi*-0.002026788971) q[3];
rz(pi*0.001673253903) q[4];
rz(pi*-0.005470104036) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001581003216) q[0];
rz(pi*0.000186292743) q[1];
rz(pi*-0.004887973594) q[2];
rz(pi*-0.003167222751) q[3];
rz(pi*0.001646097675) q[4];
rz(pi*0.003941743673) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002633222909) q[0];
rz(pi*0.009008804886) q[1];
rz(pi*0.000539098916) q[2];
rz(pi*-0.003771057423) q[3];
rz(pi*4.1753237e-05) q[4];
rz(pi*-0.002311866363) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00753578625) q[0];
rz(pi*0.003227873586) q[1];
rz(pi*-0.003123017138) q[2];
rz(pi*-0.002951106257) q[3];
rz(pi*0.005582250169) q[4];
rz(pi*-0.002073729475) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
