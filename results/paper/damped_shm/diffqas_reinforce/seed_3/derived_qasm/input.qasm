// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.002989423796) q[0];
rx(pi*0.000412559471) q[1];
rx(pi*0.003829435382) q[2];
rx(pi*0.000183150993) q[3];
rx(pi*0.003400669664) q[4];
rx(pi*0.003264081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001341915912) q[0];
rx(pi*0.001257265886) q[1];
rx(pi*-0.001147312365) q[2];
rx(pi*0.003986573311) q[3];
rx(pi*-0.001463459632) q[4];
rx(pi*-0.002183691667) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002283179865) q[0];
rx(pi*-0.002275159284) q[1];
rx(pi*0.001392206441) q[2];
rx(pi*0.003401665141) q[3];
rx(pi*0.000293969645) q[4];
rx(pi*0.000374210175) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002962692677) q[0];
rx(pi*0.00243928037) q[1];
rx(pi*-0.00486195336) q[2];
rx(pi*-0.00413057617) q[3];
rx(pi*0.004281062075) q[4];
rx(pi*0.001286491921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006579967087) q[0];
rx(pi*-0.004246711026) q[1];
rx(pi*0.000127798844) q[2];
rx(pi*-0.003070408081) q[3];
rx(pi*0.001544411455) q[4];
rx(pi*0.000302974937) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
