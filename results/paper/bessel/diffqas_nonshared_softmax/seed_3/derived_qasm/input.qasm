// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.000202378205) q[0];
rz(pi*0.003488455382) q[1];
rz(pi*0.002078173249) q[2];
rz(pi*0.002644219099) q[3];
rz(pi*0.002814441109) q[4];
rz(pi*0.001814738722) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00278666471) q[0];
rz(pi*0.000766299126) q[1];
rz(pi*-0.000667777279) q[2];
rz(pi*0.000973403639) q[3];
rz(pi*0.001741563354) q[4];
rz(pi*0.004076036635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001357188678) q[0];
rz(pi*0.002543473809) q[1];
rz(pi*0.00472179604) q[2];
rz(pi*-0.002800543571) q[3];
rz(pi*-0.000660001861) q[4];
rz(pi*0.0018999188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000259578612) q[0];
rz(pi*-0.003057354237) q[1];
rz(pi*0.003331330793) q[2];
rz(pi*-5.0801477e-05) q[3];
rz(pi*-0.003018914858) q[4];
rz(pi*0.006217035025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003922379909) q[0];
rz(pi*0.000123115244) q[1];
rz(pi*-0.001975659787) q[2];
rz(pi*0.000513052743) q[3];
rz(pi*0.001961361154) q[4];
rz(pi*-0.002446594809) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
