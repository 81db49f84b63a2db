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
ry(pi*0.003347016809) q[0];
ry(pi*0.258165118655) q[1];
ry(pi*0.031549374227) q[2];
ry(pi*0.001607990319) q[3];
ry(pi*-7.6375315e-05) q[4];
ry(pi*-0.000998881371) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011852472327) q[0];
ry(pi*-0.426045419711) q[1];
ry(pi*-0.027872963245) q[2];
ry(pi*-0.513402932068) q[3];
ry(pi*-0.083132205554) q[4];
ry(pi*-0.01070449184) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.267708107181) q[0];
ry(pi*-0.476812356482) q[1];
ry(pi*0.004739784873) q[2];
ry(pi*-0.000675010342) q[3];
ry(pi*0.322352219808) q[4];
ry(pi*-0.011346464403) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.089196967677) q[0];
ry(pi*-0.00177120679) q[1];
ry(pi*-0.104194440925) q[2];
ry(pi*-0.005839902454) q[3];
ry(pi*-0.007726537662) q[4];
ry(pi*-0.450406883097) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016009193832) q[0];
ry(pi*0.004125057768) q[1];
ry(pi*0.000914284186) q[2];
ry(pi*-0.121732336629) q[3];
ry(pi*0.243272631107) q[4];
ry(pi*-0.004626668462) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
