// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016527317042) q[0];
ry(pi*0.267362461664) q[1];
ry(pi*0.017819295941) q[2];
ry(pi*-0.001298345145) q[3];
ry(pi*-0.003612859096) q[4];
ry(pi*-0.00730868661) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013640384621) q[0];
ry(pi*-0.42308870671) q[1];
ry(pi*-0.048346597578) q[2];
ry(pi*-0.508538357504) q[3];
ry(pi*-0.072202290198) q[4];
ry(pi*-0.013401524843) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.226495220048) q[0];
ry(pi*-0.477360517109) q[1];
ry(pi*0.008238085629) q[2];
ry(pi*0.002416760756) q[3];
ry(pi*0.325971537049) q[4];
ry(pi*-0.001823261191) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.111564537576) q[0];
ry(pi*-0.003018669101) q[1];
ry(pi*-0.141976049719) q[2];
ry(pi*-0.000436976545) q[3];
ry(pi*-0.009621293799) q[4];
ry(pi*-0.456898294884) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032531685867) q[0];
ry(pi*0.000688544952) q[1];
ry(pi*0.005630378693) q[2];
ry(pi*-0.061215807596) q[3];
ry(pi*0.278800011856) q[4];
ry(pi*-0.004626455611) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
