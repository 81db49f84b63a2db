// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.228765480064) q[0];
ry(pi*0.400892071782) q[1];
ry(pi*0.250541773767) q[2];
ry(pi*0.004623296352) q[3];
ry(pi*0.450005192083) q[4];
ry(pi*-0.010960017991) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.04634936963) q[0];
ry(pi*0.549797253551) q[1];
ry(pi*-0.043940461517) q[2];
ry(pi*0.222491097538) q[3];
ry(pi*-0.455808955602) q[4];
ry(pi*0.064407858559) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.11156301027) q[0];
ry(pi*-0.073246037967) q[1];
ry(pi*-0.067233697546) q[2];
ry(pi*-0.170390224822) q[3];
ry(pi*-0.032153940832) q[4];
ry(pi*-0.537053524543) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.110243133131) q[0];
ry(pi*0.461740367768) q[1];
ry(pi*0.022555850704) q[2];
ry(pi*-0.228638571355) q[3];
ry(pi*-0.257394123107) q[4];
ry(pi*-0.106785738805) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006697056807) q[0];
ry(pi*0.590277128577) q[1];
ry(pi*0.178468574144) q[2];
ry(pi*0.588861002689) q[3];
ry(pi*-0.497202520212) q[4];
ry(pi*0.000706765534) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
