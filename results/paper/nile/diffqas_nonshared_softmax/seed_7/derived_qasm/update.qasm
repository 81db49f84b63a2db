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
ry(pi*0.061554480628) q[0];
ry(pi*-0.135930573394) q[1];
ry(pi*-0.24862304082) q[2];
ry(pi*0.131082239502) q[3];
ry(pi*-0.061314527545) q[4];
ry(pi*0.121062807336) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.093683301543) q[0];
ry(pi*0.171806919892) q[1];
ry(pi*0.03627075672) q[2];
ry(pi*0.030813682219) q[3];
ry(pi*0.277949425632) q[4];
ry(pi*-0.090698698603) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.086476503331) q[0];
ry(pi*-0.146685408234) q[1];
ry(pi*0.062465822334) q[2];
ry(pi*0.021784748434) q[3];
ry(pi*0.159443860094) q[4];
ry(pi*-0.293096337726) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.103208569523) q[0];
ry(pi*0.240617888358) q[1];
ry(pi*-0.121332704158) q[2];
ry(pi*0.225848799561) q[3];
ry(pi*-0.147096917645) q[4];
ry(pi*0.042074714711) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.079684297602) q[0];
ry(pi*-0.017615067356) q[1];
ry(pi*0.190508243458) q[2];
ry(pi*-0.183566494531) q[3];
ry(pi*0.000421852523) q[4];
ry(pi*0.0020794296) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
