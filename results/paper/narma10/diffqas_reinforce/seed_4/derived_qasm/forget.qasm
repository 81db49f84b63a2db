// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.068134390797) q[0];
ry(pi*0.005424022789) q[1];
ry(pi*-0.114852277592) q[2];
ry(pi*-0.245643294904) q[3];
ry(pi*-0.011033320388) q[4];
ry(pi*0.000422818984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.065006187873) q[0];
ry(pi*-0.002716407439) q[1];
ry(pi*0.000132850533) q[2];
ry(pi*-0.010283768788) q[3];
ry(pi*-0.004186621963) q[4];
ry(pi*-0.003499161941) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02325751746) q[0];
ry(pi*-0.000151692862) q[1];
ry(pi*0.098148329012) q[2];
ry(pi*-0.01306323838) q[3];
ry(pi*0.002028926369) q[4];
ry(pi*-0.000882920678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.061670812031) q[0];
ry(pi*-0.003545283801) q[1];
ry(pi*-0.02725373782) q[2];
ry(pi*-0.022227498846) q[3];
ry(pi*-0.000126660924) q[4];
ry(pi*0.000528518682) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.051355295907) q[0];
ry(pi*0.028184128165) q[1];
ry(pi*-0.116314602121) q[2];
ry(pi*-0.247646096096) q[3];
ry(pi*0.044068333093) q[4];
ry(pi*0.004854254278) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
