// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.083706007849) q[0];
ry(pi*0.098159096047) q[1];
ry(pi*0.076210482363) q[2];
ry(pi*0.032727996888) q[3];
ry(pi*-0.002478911327) q[4];
ry(pi*1.5730335e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.167633143072) q[0];
ry(pi*-0.142291490622) q[1];
ry(pi*-0.004826378568) q[2];
ry(pi*0.030748947204) q[3];
ry(pi*0.001071221493) q[4];
ry(pi*3.9584859e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.138209817006) q[0];
ry(pi*0.001048275511) q[1];
ry(pi*0.000832374684) q[2];
ry(pi*-0.000383773922) q[3];
ry(pi*0.001260419364) q[4];
ry(pi*0.000282407423) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.057907164355) q[0];
ry(pi*0.022419493566) q[1];
ry(pi*-4.7500349e-05) q[2];
ry(pi*0.001136314323) q[3];
ry(pi*-5.3045579e-05) q[4];
ry(pi*-0.000191607706) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007447614555) q[0];
ry(pi*-0.000987851016) q[1];
ry(pi*-0.106884084043) q[2];
ry(pi*0.082418175681) q[3];
ry(pi*-0.010654718022) q[4];
ry(pi*0.004029619808) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
