// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.061058068171) q[0];
rx(pi*0.068811708403) q[1];
rx(pi*0.010622649335) q[2];
rx(pi*0.064075811758) q[3];
rx(pi*0.009180423468) q[4];
rx(pi*-0.0014405241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.253911238894) q[0];
rx(pi*0.13886657764) q[1];
rx(pi*0.094956116781) q[2];
rx(pi*0.059396425442) q[3];
rx(pi*-0.000763690373) q[4];
rx(pi*0.004489533738) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.078971282771) q[0];
rx(pi*0.154420293905) q[1];
rx(pi*0.018737051621) q[2];
rx(pi*0.061248269967) q[3];
rx(pi*0.003448005187) q[4];
rx(pi*0.00443235373) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.24420641283) q[0];
rx(pi*0.08112221369) q[1];
rx(pi*0.091759550304) q[2];
rx(pi*0.061138541081) q[3];
rx(pi*0.000859179471) q[4];
rx(pi*0.007458805512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.019515099103) q[0];
rx(pi*0.066757623874) q[1];
rx(pi*0.018475783842) q[2];
rx(pi*0.05914983664) q[3];
rx(pi*0.007983952788) q[4];
rx(pi*-0.003728205101) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
