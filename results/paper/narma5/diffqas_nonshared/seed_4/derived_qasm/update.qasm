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
ry(pi*-0.009745775776) q[0];
ry(pi*-0.015372471977) q[1];
ry(pi*0.033624580168) q[2];
ry(pi*0.021079668954) q[3];
ry(pi*0.493275313221) q[4];
ry(pi*-0.386505909952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.025819372007) q[0];
ry(pi*0.49888870419) q[1];
ry(pi*0.003686898168) q[2];
ry(pi*-0.213593846479) q[3];
ry(pi*-0.250824942027) q[4];
ry(pi*0.115805088981) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038479722904) q[0];
ry(pi*-0.020599618121) q[1];
ry(pi*-0.039155835741) q[2];
ry(pi*-0.074982547159) q[3];
ry(pi*-0.065820389111) q[4];
ry(pi*-0.011981721799) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001409888004) q[0];
ry(pi*0.010672070971) q[1];
ry(pi*-0.013905995974) q[2];
ry(pi*-0.106807253901) q[3];
ry(pi*0.107460950436) q[4];
ry(pi*-0.040607765575) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.041342385623) q[0];
ry(pi*-0.001675288878) q[1];
ry(pi*0.028281664689) q[2];
ry(pi*0.007201960754) q[3];
ry(pi*-0.033259781661) q[4];
ry(pi*-0.004707710257) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
