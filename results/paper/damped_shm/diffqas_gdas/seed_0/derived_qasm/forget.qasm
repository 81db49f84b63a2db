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
rx(pi*-0.273012071608) q[0];
rx(pi*0.19278965945) q[1];
rx(pi*0.208020355198) q[2];
rx(pi*-0.011545677068) q[3];
rx(pi*-0.038103137578) q[4];
rx(pi*0.001655367048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.090138025449) q[0];
rx(pi*0.200347036094) q[1];
rx(pi*0.190559109394) q[2];
rx(pi*-0.010783710176) q[3];
rx(pi*-0.042766385201) q[4];
rx(pi*-0.004162369159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.268704024653) q[0];
rx(pi*0.226700049832) q[1];
rx(pi*0.202396681) q[2];
rx(pi*-0.00527248686) q[3];
rx(pi*-0.040796202905) q[4];
rx(pi*-0.001865520319) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.092710426473) q[0];
rx(pi*0.193761481532) q[1];
rx(pi*0.216222615536) q[2];
rx(pi*-0.010957729404) q[3];
rx(pi*-0.041688197152) q[4];
rx(pi*0.002321252981) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.274147970013) q[0];
rx(pi*0.185902172582) q[1];
rx(pi*0.206589487486) q[2];
rx(pi*-0.015022928746) q[3];
rx(pi*-0.038214472033) q[4];
rx(pi*0.004386118033) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
