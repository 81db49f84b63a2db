// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.011569108411) q[0];
ry(pi*-0.008703604523) q[1];
ry(pi*-0.404822731813) q[2];
ry(pi*0.40742340223) q[3];
ry(pi*0.48778205769) q[4];
ry(pi*0.113877562166) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.37532986114) q[0];
ry(pi*-0.029140134091) q[1];
ry(pi*-0.011305051638) q[2];
ry(pi*-0.011456024906) q[3];
ry(pi*0.01696136252) q[4];
ry(pi*-0.442606958847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056444616896) q[0];
ry(pi*0.494184259617) q[1];
ry(pi*-0.114223587138) q[2];
ry(pi*-0.504899574224) q[3];
ry(pi*0.104082463768) q[4];
ry(pi*0.026356670736) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.031355446658) q[0];
ry(pi*0.002141465001) q[1];
ry(pi*-0.006055273378) q[2];
ry(pi*0.06649201015) q[3];
ry(pi*0.069785897336) q[4];
ry(pi*-0.14771929966) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006455033915) q[0];
ry(pi*0.401153250627) q[1];
ry(pi*0.078738980448) q[2];
ry(pi*0.00898168275) q[3];
ry(pi*-0.077443639815) q[4];
ry(pi*0.001611215241) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
