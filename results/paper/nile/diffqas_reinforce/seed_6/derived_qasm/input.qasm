// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
rz(pi*0.005375335754) q[0];
rz(pi*0.004099544759) q[1];
rz(pi*-0.001109909075) q[2];
rz(pi*-0.002688016205) q[3];
rz(pi*0.005987149949) q[4];
rz(pi*-0.000704061918) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003537371869) q[0];
rz(pi*0.00067710105) q[1];
rz(pi*-0.003967522301) q[2];
rz(pi*-0.002792007317) q[3];
rz(pi*0.005980196437) q[4];
rz(pi*-0.001018103062) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000146587719) q[0];
rz(pi*-0.004959698288) q[1];
rz(pi*-0.002509304779) q[2];
rz(pi*0.003515699062) q[3];
rz(pi*0.001512249832) q[4];
rz(pi*0.003553964722) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003298175917) q[0];
rz(pi*0.000904793366) q[1];
rz(pi*-0.00115803219) q[2];
rz(pi*-0.006763304898) q[3];
rz(pi*0.003635170454) q[4];
rz(pi*0.000492103716) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.008348240216) q[0];
rz(pi*-0.000286565734) q[1];
rz(pi*-0.000232875266) q[2];
rz(pi*-0.001380520562) q[3];
rz(pi*-0.003744451406) q[4];
rz(pi*0.0002013491) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
