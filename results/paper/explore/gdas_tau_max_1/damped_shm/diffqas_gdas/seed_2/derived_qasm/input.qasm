// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.305854694723) q[0];
ry(pi*-0.148712826566) q[1];
ry(pi*-2.7382925e-05) q[2];
ry(pi*-2.153115e-05) q[3];
ry(pi*0.132103580456) q[4];
ry(pi*-4.8285018e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.155390835327) q[0];
ry(pi*-7.9906849e-05) q[1];
ry(pi*2.2005698e-05) q[2];
ry(pi*0.001095810323) q[3];
ry(pi*-0.002157674842) q[4];
ry(pi*0.005948846936) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.2172056e-05) q[0];
ry(pi*0.001290293141) q[1];
ry(pi*4.333268e-06) q[2];
ry(pi*0.000483226694) q[3];
ry(pi*0.080253973324) q[4];
ry(pi*-1.203474e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*5.6382689e-05) q[0];
ry(pi*2.6047489e-05) q[1];
ry(pi*-0.000152419292) q[2];
ry(pi*0.001019561369) q[3];
ry(pi*-8.169846e-06) q[4];
ry(pi*0.000894651617) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.124690064672) q[0];
ry(pi*-9.9635542e-05) q[1];
ry(pi*0.014191750456) q[2];
ry(pi*0.004714547265) q[3];
ry(pi*-0.017747047718) q[4];
ry(pi*-0.002736156587) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
