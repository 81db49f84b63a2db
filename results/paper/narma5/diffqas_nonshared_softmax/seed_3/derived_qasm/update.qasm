// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*-0.00521668623) q[0];
rz(pi*0.000195324067) q[1];
rz(pi*-0.003068852908) q[2];
rz(pi*0.002410357453) q[3];
rz(pi*-0.006474935142) q[4];
rz(pi*-0.002910928203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002258598891) q[0];
rz(pi*0.003680922642) q[1];
rz(pi*-0.006869141407) q[2];
rz(pi*-0.00158535257) q[3];
rz(pi*0.00104412626) q[4];
rz(pi*-0.001939192091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005063148084) q[0];
rz(pi*-0.003791787818) q[1];
rz(pi*0.001128527788) q[2];
rz(pi*-0.003337171139) q[3];
rz(pi*0.004475322557) q[4];
rz(pi*-6.8916324e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00118491183) q[0];
rz(pi*-0.005469152434) q[1];
rz(pi*0.005353416301) q[2];
rz(pi*0.002396165245) q[3];
rz(pi*0.002398668017) q[4];
rz(pi*0.003621984987) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001111619439) q[0];
rz(pi*-0.002034786132) q[1];
rz(pi*-0.002547244939) q[2];
rz(pi*-0.002547113019) q[3];
rz(pi*0.004361074599) q[4];
rz(pi*-0.004648537814) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
