// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*0.157803457355) q[0];
ry(pi*-0.281860714487) q[1];
ry(pi*-0.138879384245) q[2];
ry(pi*-0.022552853009) q[3];
ry(pi*0.003515048949) q[4];
ry(pi*-0.007015797189) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.290806497834) q[0];
ry(pi*0.027451412507) q[1];
ry(pi*0.140511628702) q[2];
ry(pi*0.004508307865) q[3];
ry(pi*0.265153559513) q[4];
ry(pi*-0.004952167293) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.152011760503) q[0];
ry(pi*-0.107771240238) q[1];
ry(pi*0.005290955644) q[2];
ry(pi*0.003746273975) q[3];
ry(pi*0.000792479517) q[4];
ry(pi*-0.005397098088) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.082378437261) q[0];
ry(pi*0.004455697621) q[1];
ry(pi*0.339893283961) q[2];
ry(pi*0.00695373496) q[3];
ry(pi*-0.084586855606) q[4];
ry(pi*-0.00250963621) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003434464575) q[0];
ry(pi*-0.247738740023) q[1];
ry(pi*0.101448078778) q[2];
ry(pi*-0.199676216653) q[3];
ry(pi*0.002641490877) q[4];
ry(pi*0.002312655659) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
