// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001516294881) q[0];
rz(pi*-0.00241997471) q[1];
rz(pi*-0.00045135496) q[2];
rz(pi*0.001067397299) q[3];
rz(pi*0.00103686207) q[4];
rz(pi*0.004012668547) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000707450702) q[0];
rz(pi*0.001372988085) q[1];
rz(pi*-0.001479886475) q[2];
rz(pi*-0.002406638498) q[3];
rz(pi*0.002942735718) q[4];
rz(pi*0.000990073273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002249443207) q[0];
rz(pi*0.000286653927) q[1];
rz(pi*-0.004528874916) q[2];
rz(pi*-0.000347420878) q[3];
rz(pi*-0.001267380732) q[4];
rz(pi*0.004251464589) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006382502879) q[0];
rz(pi*-0.001242226945) q[1];
rz(pi*-0.006865739949) q[2];
rz(pi*-0.002674942499) q[3];
rz(pi*-0.001245722006) q[4];
rz(pi*0.007344485813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006471255021) q[0];
rz(pi*-0.000250758489) q[1];
rz(pi*-0.000916029531) q[2];
rz(pi*0.001509826804) q[3];
rz(pi*-0.002357039586) q[4];
rz(pi*0.002594400814) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
