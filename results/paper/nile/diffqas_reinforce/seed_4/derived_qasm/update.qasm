// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*0.008789793566) q[0];
rx(pi*0.300824108617) q[1];
rx(pi*0.003512889317) q[2];
rx(pi*0.001353298375) q[3];
rx(pi*-6.924271e-05) q[4];
rx(pi*0.001006620992) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003220970767) q[0];
rx(pi*0.05031850165) q[1];
rx(pi*1.9951702e-05) q[2];
rx(pi*-0.003210723408) q[3];
rx(pi*0.006540485392) q[4];
rx(pi*-0.000453021338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001388856862) q[0];
rx(pi*0.305131776117) q[1];
rx(pi*-0.000914846328) q[2];
rx(pi*0.00419626338) q[3];
rx(pi*-0.002642507994) q[4];
rx(pi*-0.000797852584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000550945248) q[0];
rx(pi*0.040166644448) q[1];
rx(pi*-0.000620695108) q[2];
rx(pi*0.000568792378) q[3];
rx(pi*0.002548788846) q[4];
rx(pi*0.007723496686) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002808903735) q[0];
rx(pi*0.301933331338) q[1];
rx(pi*-0.001789379273) q[2];
rx(pi*0.000323416943) q[3];
rx(pi*-0.004714847568) q[4];
rx(pi*-0.004707895538) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
