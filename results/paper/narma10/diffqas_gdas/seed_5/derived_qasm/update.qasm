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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.003243810398) q[0];
rx(pi*0.007154866244) q[1];
rx(pi*0.002324727366) q[2];
rx(pi*1.418103e-06) q[3];
rx(pi*-0.005343732492) q[4];
rx(pi*0.000598222815) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002035070279) q[0];
rx(pi*-0.003000762681) q[1];
rx(pi*0.001932940422) q[2];
rx(pi*-0.000402004694) q[3];
rx(pi*-0.000771619944) q[4];
rx(pi*0.006366109832) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001866058226) q[0];
rx(pi*-0.004097527126) q[1];
rx(pi*-0.007198781633) q[2];
rx(pi*0.001674957152) q[3];
rx(pi*-0.000726553591) q[4];
rx(pi*-0.002472035485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003053128947) q[0];
rx(pi*-7.5744499e-05) q[1];
rx(pi*-0.003673986917) q[2];
rx(pi*-0.000404339047) q[3];
rx(pi*-0.002828557723) q[4];
rx(pi*-0.002882531929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000329106877) q[0];
rx(pi*1.6935306e-05) q[1];
rx(pi*0.000973776572) q[2];
rx(pi*-0.011106093919) q[3];
rx(pi*-0.004085774101) q[4];
rx(pi*0.0038317382) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
