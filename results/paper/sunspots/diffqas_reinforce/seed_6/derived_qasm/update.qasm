// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.123553170198) q[0];
ry(pi*-0.144980469694) q[1];
ry(pi*-0.106281291389) q[2];
ry(pi*-0.078266819906) q[3];
ry(pi*0.08907314204) q[4];
ry(pi*-0.017416875662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.17038261675) q[0];
ry(pi*-0.13721490509) q[1];
ry(pi*-0.139471504728) q[2];
ry(pi*0.169434624438) q[3];
ry(pi*0.182077437401) q[4];
ry(pi*-0.005700765216) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.173590396121) q[0];
ry(pi*0.126423348497) q[1];
ry(pi*-0.057494625672) q[2];
ry(pi*-0.213636345434) q[3];
ry(pi*0.048714654653) q[4];
ry(pi*-0.008321862168) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.104546290531) q[0];
ry(pi*-0.434041028881) q[1];
ry(pi*0.118127438676) q[2];
ry(pi*-0.285182083699) q[3];
ry(pi*0.116834796917) q[4];
ry(pi*0.520121447645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.105244184082) q[0];
ry(pi*0.234105056339) q[1];
ry(pi*0.212722560987) q[2];
ry(pi*0.011160883657) q[3];
ry(pi*-0.00297179426) q[4];
ry(pi*-0.003039687645) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
