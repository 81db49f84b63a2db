// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.303310657957) q[0];
ry(pi*-0.003010761319) q[1];
ry(pi*0.000272110816) q[2];
ry(pi*-0.000360578849) q[3];
ry(pi*0.218774544965) q[4];
ry(pi*0.000167517356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002293634738) q[0];
ry(pi*0.001774638634) q[1];
ry(pi*-0.000202322195) q[2];
ry(pi*0.000779627555) q[3];
ry(pi*-7.8623057e-05) q[4];
ry(pi*-0.002759705918) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000977069529) q[0];
ry(pi*0.000731947855) q[1];
ry(pi*-0.000806730718) q[2];
ry(pi*-0.000377174148) q[3];
ry(pi*0.002325399268) q[4];
ry(pi*-9.0220649e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.274514751171) q[0];
ry(pi*-0.223774490083) q[1];
ry(pi*-6.2617599e-05) q[2];
ry(pi*-0.000695195938) q[3];
ry(pi*0.000753500155) q[4];
ry(pi*0.00015323336) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002741495044) q[0];
ry(pi*0.000301601766) q[1];
ry(pi*0.037478061432) q[2];
ry(pi*-0.006275149737) q[3];
ry(pi*-0.000884388472) q[4];
ry(pi*0.000773860137) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
