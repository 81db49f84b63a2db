// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.013742061948) q[0];
rz(pi*0.050463543563) q[1];
rz(pi*-0.051948545268) q[2];
rz(pi*0.002486428685) q[3];
rz(pi*0.001173144428) q[4];
rz(pi*0.014154925539) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001825453285) q[0];
rz(pi*-0.01390365284) q[1];
rz(pi*0.010145369708) q[2];
rz(pi*0.001801629443) q[3];
rz(pi*0.013957300656) q[4];
rz(pi*-0.000606108919) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002825675644) q[0];
rz(pi*0.044302058372) q[1];
rz(pi*0.028100688392) q[2];
rz(pi*-0.031267671612) q[3];
rz(pi*0.033191055254) q[4];
rz(pi*0.005894692785) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.025241817851) q[0];
rz(pi*0.020369198843) q[1];
rz(pi*-0.072590097904) q[2];
rz(pi*-0.001903420013) q[3];
rz(pi*0.003422282885) q[4];
rz(pi*-0.000206195322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.027081818639) q[0];
rz(pi*0.029993222346) q[1];
rz(pi*-0.047741139253) q[2];
rz(pi*0.013082290576) q[3];
rz(pi*0.027288486408) q[4];
rz(pi*-0.005427572471) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
