// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.019815518333) q[0];
ry(pi*-0.038317185746) q[1];
ry(pi*0.15244005131) q[2];
ry(pi*-0.073491535836) q[3];
ry(pi*-0.01294979795) q[4];
ry(pi*-0.008457724828) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017770809898) q[0];
ry(pi*-0.047547380067) q[1];
ry(pi*-0.01954422227) q[2];
ry(pi*-0.147059607736) q[3];
ry(pi*0.36936748545) q[4];
ry(pi*-0.034723367878) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.126214572381) q[0];
ry(pi*-0.004074767832) q[1];
ry(pi*0.03004197045) q[2];
ry(pi*-0.127997194836) q[3];
ry(pi*0.234476561712) q[4];
ry(pi*-0.132468075399) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.338286633741) q[0];
ry(pi*0.033099227156) q[1];
ry(pi*-0.016473647882) q[2];
ry(pi*0.055229587904) q[3];
ry(pi*0.264096208284) q[4];
ry(pi*-0.01143987554) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008198797811) q[0];
ry(pi*-0.01355078582) q[1];
ry(pi*0.278117524176) q[2];
ry(pi*0.11111518702) q[3];
ry(pi*-0.231542634981) q[4];
ry(pi*-0.008331449334) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
