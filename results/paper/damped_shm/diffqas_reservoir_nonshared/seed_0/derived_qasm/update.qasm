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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.645253359151) q[0];
ry(pi*1.590240918456) q[1];
ry(pi*1.74360295044) q[2];
ry(pi*0.753515803828) q[3];
ry(pi*1.096388416305) q[4];
ry(pi*1.26321024674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.313320460823) q[0];
ry(pi*1.529353728337) q[1];
ry(pi*0.48461744132) q[2];
ry(pi*0.149016286179) q[3];
ry(pi*0.729259828919) q[4];
ry(pi*1.383678391245) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.32738367866) q[0];
ry(pi*1.762149949676) q[1];
ry(pi*0.59055432042) q[2];
ry(pi*0.274788622784) q[3];
ry(pi*0.317610228167) q[4];
ry(pi*0.553575220908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.747038659547) q[0];
ry(pi*1.254795833137) q[1];
ry(pi*1.885753758138) q[2];
ry(pi*0.725212334708) q[3];
ry(pi*1.460976856338) q[4];
ry(pi*0.098126216275) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.176307255645) q[0];
ry(pi*0.638028005592) q[1];
ry(pi*1.729077566587) q[2];
ry(pi*1.024680309265) q[3];
ry(pi*1.738537075023) q[4];
ry(pi*0.007733612125) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
