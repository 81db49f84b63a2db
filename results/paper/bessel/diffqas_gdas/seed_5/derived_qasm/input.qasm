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
rz(pi*-0.005638080443) q[0];
rz(pi*-6.0403939e-05) q[1];
rz(pi*0.006180618021) q[2];
rz(pi*-0.000594155643) q[3];
rz(pi*0.001291416387) q[4];
rz(pi*0.00122772554) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001607955634) q[0];
rz(pi*0.002529179622) q[1];
rz(pi*-0.006314173121) q[2];
rz(pi*-0.000409772923) q[3];
rz(pi*0.001269622481) q[4];
rz(pi*-0.000213372319) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003942986684) q[0];
rz(pi*-0.001107819034) q[1];
rz(pi*0.003014321674) q[2];
rz(pi*0.00570431312) q[3];
rz(pi*-0.000717372782) q[4];
rz(pi*0.000183854948) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000834918441) q[0];
rz(pi*0.002538388519) q[1];
rz(pi*-0.006709954718) q[2];
rz(pi*-0.004553444031) q[3];
rz(pi*-0.000827842569) q[4];
rz(pi*0.002888618031) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001998360976) q[0];
rz(pi*-0.002488683181) q[1];
rz(pi*0.005235487631) q[2];
rz(pi*0.000480179344) q[3];
rz(pi*-0.001862291691) q[4];
rz(pi*0.001821952516) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
