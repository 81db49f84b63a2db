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
rz(pi*0.000119621442) q[0];
rz(pi*0.002656650399) q[1];
rz(pi*0.001926755603) q[2];
rz(pi*0.005166156467) q[3];
rz(pi*0.003570151144) q[4];
rz(pi*0.002754964806) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000159936446) q[0];
rz(pi*-0.00064181211) q[1];
rz(pi*-0.000840703424) q[2];
rz(pi*-0.002999917208) q[3];
rz(pi*0.004904904696) q[4];
rz(pi*-0.001135256888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001448534898) q[0];
rz(pi*-0.002151913204) q[1];
rz(pi*0.001426844305) q[2];
rz(pi*-0.003072793607) q[3];
rz(pi*0.009476912968) q[4];
rz(pi*-0.004732901916) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000393671804) q[0];
rz(pi*-0.003638419537) q[1];
rz(pi*0.000584097604) q[2];
rz(pi*0.001547722348) q[3];
rz(pi*-0.002031805039) q[4];
rz(pi*0.000702246315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-8.9719363e-05) q[0];
rz(pi*0.003169621321) q[1];
rz(pi*-0.000467219661) q[2];
rz(pi*0.00065759588) q[3];
rz(pi*-0.003736190849) q[4];
rz(pi*-0.0044195409) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
