// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.010696054896) q[0];
ry(pi*0.168765114118) q[1];
ry(pi*0.016126360036) q[2];
ry(pi*0.13301109441) q[3];
ry(pi*-0.342894355246) q[4];
ry(pi*0.003982867104) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.211470283748) q[0];
ry(pi*0.122073409715) q[1];
ry(pi*0.16272521578) q[2];
ry(pi*-0.348209722294) q[3];
ry(pi*0.135823728365) q[4];
ry(pi*-0.069445175247) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.088911902143) q[0];
ry(pi*0.043508840993) q[1];
ry(pi*-0.031053279564) q[2];
ry(pi*-0.087166741378) q[3];
ry(pi*-0.05064106682) q[4];
ry(pi*-0.003433673945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015850801034) q[0];
ry(pi*0.11657995497) q[1];
ry(pi*0.248157753156) q[2];
ry(pi*0.321282763966) q[3];
ry(pi*0.116310703221) q[4];
ry(pi*-0.491487093805) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.019211537511) q[0];
ry(pi*0.000770394571) q[1];
ry(pi*-0.044561207133) q[2];
ry(pi*-0.020436156041) q[3];
ry(pi*0.047371455264) q[4];
ry(pi*-0.005028534084) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
