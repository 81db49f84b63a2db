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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00440635573) q[0];
rz(pi*0.002580190522) q[1];
rz(pi*0.002716726122) q[2];
rz(pi*-0.00124487342) q[3];
rz(pi*-0.004448560607) q[4];
rz(pi*9.131841e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004036392486) q[0];
rz(pi*0.000912390247) q[1];
rz(pi*0.001819816452) q[2];
rz(pi*-0.003055808255) q[3];
rz(pi*0.003087750061) q[4];
rz(pi*-0.003957505876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004215545324) q[0];
rz(pi*0.002356518873) q[1];
rz(pi*-0.00075505177) q[2];
rz(pi*0.002811135701) q[3];
rz(pi*0.002493477654) q[4];
rz(pi*0.006529302143) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001182371779) q[0];
rz(pi*-0.001152348814) q[1];
rz(pi*0.004599331697) q[2];
rz(pi*-0.001780377594) q[3];
rz(pi*-0.002864795967) q[4];
rz(pi*-0.001784046301) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002152253972) q[0];
rz(pi*-0.002724721653) q[1];
rz(pi*-0.007464938452) q[2];
rz(pi*0.004951390596) q[3];
rz(pi*-0.001214295058) q[4];
rz(pi*0.000903066623) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
