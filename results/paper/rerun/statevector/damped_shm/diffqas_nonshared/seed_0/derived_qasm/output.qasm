// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.093886433266) q[0];
rx(pi*0.077331169367) q[1];
rx(pi*-0.034085482756) q[2];
rx(pi*-0.099653598355) q[3];
rx(pi*-0.04816639442) q[4];
rx(pi*-0.001514308968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.207523819418) q[0];
rx(pi*-0.015018174887) q[1];
rx(pi*0.137651724146) q[2];
rx(pi*-0.110746242968) q[3];
rx(pi*-0.048775595119) q[4];
rx(pi*0.001973287453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.018070242546) q[0];
rx(pi*0.236709654115) q[1];
rx(pi*-0.057614201414) q[2];
rx(pi*-0.082805314598) q[3];
rx(pi*-0.046158167022) q[4];
rx(pi*0.000990422564) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.190168707165) q[0];
rx(pi*0.071266051504) q[1];
rx(pi*0.121743255446) q[2];
rx(pi*-0.094728756859) q[3];
rx(pi*-0.046518985995) q[4];
rx(pi*-0.002947312597) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.065416226896) q[0];
rx(pi*0.074955762383) q[1];
rx(pi*-0.038039761486) q[2];
rx(pi*-0.093089179435) q[3];
rx(pi*-0.036586873528) q[4];
rx(pi*-0.000664266283) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
