// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.006096610252) q[0];
ry(pi*0.066926149306) q[1];
ry(pi*0.001009491139) q[2];
ry(pi*-3.8992e-08) q[3];
ry(pi*2.67205e-07) q[4];
ry(pi*-0.098871740909) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020302445602) q[0];
ry(pi*-6.8841012e-05) q[1];
ry(pi*1.9724e-08) q[2];
ry(pi*0.003572222435) q[3];
ry(pi*1.870417e-06) q[4];
ry(pi*-0.163560813534) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002977205347) q[0];
ry(pi*-3.7934e-08) q[1];
ry(pi*1.5429e-08) q[2];
ry(pi*1.00741e-07) q[3];
ry(pi*1.513587e-06) q[4];
ry(pi*-0.003527894685) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.300969e-06) q[0];
ry(pi*-0.111058733609) q[1];
ry(pi*0.063593443878) q[2];
ry(pi*-0.00195073434) q[3];
ry(pi*1.1494e-08) q[4];
ry(pi*5.6876e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.126931e-06) q[0];
ry(pi*0.052656167096) q[1];
ry(pi*-0.006435071027) q[2];
ry(pi*0.049898231573) q[3];
ry(pi*-0.009838078786) q[4];
ry(pi*0.002439157047) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
