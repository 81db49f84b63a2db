// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.499553585161) q[0];
rx(pi*-0.000549306143) q[1];
rx(pi*0.000117461226) q[2];
rx(pi*2.796447e-06) q[3];
rx(pi*1.123924e-06) q[4];
rx(pi*9.8449134e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.502092138802) q[0];
rx(pi*-2.972365e-06) q[1];
rx(pi*0.500003353117) q[2];
rx(pi*0.000806216231) q[3];
rx(pi*0.000217670518) q[4];
rx(pi*4.711465e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001425802137) q[0];
rx(pi*-3.0726143e-05) q[1];
rx(pi*1.674992e-06) q[2];
rx(pi*3.0997e-08) q[3];
rx(pi*0.49999819253) q[4];
rx(pi*0.00064582329) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.3389125e-05) q[0];
rx(pi*-0.499910007199) q[1];
rx(pi*-0.000771613941) q[2];
rx(pi*0.002442596302) q[3];
rx(pi*2.2735563e-05) q[4];
rx(pi*2.340173e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.499990831104) q[0];
rx(pi*2.72939e-07) q[1];
rx(pi*-3.923586e-05) q[2];
rx(pi*0.483105313329) q[3];
rx(pi*0.348439596106) q[4];
rx(pi*0.000686502269) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
