// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
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
rx(pi*-0.005096924911) q[0];
rx(pi*0.00308477549) q[1];
rx(pi*-0.001072395284) q[2];
rx(pi*-0.00623432157) q[3];
rx(pi*0.00464708136) q[4];
rx(pi*0.004087474534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00024469527) q[0];
rx(pi*0.001190621515) q[1];
rx(pi*-0.001246712591) q[2];
rx(pi*0.000178887887) q[3];
rx(pi*0.000535538784) q[4];
rx(pi*-0.000735433504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002304797236) q[0];
rx(pi*0.000162571083) q[1];
rx(pi*-0.001804404948) q[2];
rx(pi*0.000966249282) q[3];
rx(pi*-0.00164997864) q[4];
rx(pi*0.000425697691) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001271593571) q[0];
rx(pi*-0.001116909574) q[1];
rx(pi*0.005035519613) q[2];
rx(pi*-0.002057024267) q[3];
rx(pi*-0.004651539362) q[4];
rx(pi*0.00507400761) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001025467082) q[0];
rx(pi*-0.003321665364) q[1];
rx(pi*-0.000919835346) q[2];
rx(pi*-0.002893992061) q[3];
rx(pi*0.002992307654) q[4];
rx(pi*0.002270680381) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
