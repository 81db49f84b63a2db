// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.091268915048) q[0];
rx(pi*-0.001475382819) q[1];
rx(pi*0.003929546568) q[2];
rx(pi*-0.0001999277) q[3];
rx(pi*-0.001148585021) q[4];
rx(pi*0.006158572874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.116934688434) q[0];
rx(pi*-0.007839606938) q[1];
rx(pi*0.000676507559) q[2];
rx(pi*0.00752194563) q[3];
rx(pi*0.002260813367) q[4];
rx(pi*0.003324185479) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.085377241302) q[0];
rx(pi*-0.005290180726) q[1];
rx(pi*0.004176640519) q[2];
rx(pi*-0.000930564434) q[3];
rx(pi*0.004559003936) q[4];
rx(pi*0.001896779255) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.119332416855) q[0];
rx(pi*0.001901409198) q[1];
rx(pi*-0.001196941516) q[2];
rx(pi*-0.001078174635) q[3];
rx(pi*0.000756635994) q[4];
rx(pi*0.001118423096) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.087004439008) q[0];
rx(pi*0.000492751198) q[1];
rx(pi*0.001155011299) q[2];
rx(pi*-9.9435606e-05) q[3];
rx(pi*0.002407637236) q[4];
rx(pi*-0.000829441097) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
