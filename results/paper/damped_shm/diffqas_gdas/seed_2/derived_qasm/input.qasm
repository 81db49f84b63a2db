// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
ry(pi*0.003447587491) q[0];
ry(pi*-5.4854392e-05) q[1];
ry(pi*-0.000378325186) q[2];
ry(pi*0.000483479083) q[3];
ry(pi*-0.157238875816) q[4];
ry(pi*-0.006736626251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-4.01548e-07) q[0];
ry(pi*-9.072e-08) q[1];
ry(pi*0.001758240399) q[2];
ry(pi*0.00117219831) q[3];
ry(pi*-0.112628216216) q[4];
ry(pi*-0.016097861783) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-4.1419949e-05) q[0];
ry(pi*2.3361687e-05) q[1];
ry(pi*0.000199014452) q[2];
ry(pi*0.000877190908) q[3];
ry(pi*0.267568126249) q[4];
ry(pi*-0.455077935634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.0217183035) q[0];
ry(pi*-0.002827929547) q[1];
ry(pi*0.00395216149) q[2];
ry(pi*0.001371724322) q[3];
ry(pi*0.369803858647) q[4];
ry(pi*0.023060606426) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.025041095667) q[0];
ry(pi*-0.000789217612) q[1];
ry(pi*0.012996877637) q[2];
ry(pi*-9.7548438e-05) q[3];
ry(pi*0.222164766278) q[4];
ry(pi*-0.000354680955) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
