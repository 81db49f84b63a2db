// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.069930711576) q[0];
rx(pi*-0.061510838565) q[1];
rx(pi*-0.064572660588) q[2];
rx(pi*0.023598097254) q[3];
rx(pi*-0.08344204001) q[4];
rx(pi*-0.182224001877) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.066575703683) q[0];
rx(pi*0.02674810698) q[1];
rx(pi*-0.144391166664) q[2];
rx(pi*-0.13834618363) q[3];
rx(pi*-0.017608170762) q[4];
rx(pi*0.092141187124) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.09459922991) q[0];
rx(pi*-0.072253412267) q[1];
rx(pi*0.052436476907) q[2];
rx(pi*0.147954058954) q[3];
rx(pi*0.075642808265) q[4];
rx(pi*0.238291867436) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003605267922) q[0];
rx(pi*-0.004422026626) q[1];
rx(pi*0.001300607794) q[2];
rx(pi*0.028513713252) q[3];
rx(pi*0.027106651594) q[4];
rx(pi*-0.101617192364) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.117991347157) q[0];
rx(pi*-0.02445273416) q[1];
rx(pi*-0.132067902204) q[2];
rx(pi*0.008711791264) q[3];
rx(pi*0.010765306611) q[4];
rx(pi*-0.0047339552) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
