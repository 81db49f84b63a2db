// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.001228243362) q[0];
rx(pi*-0.192296311092) q[1];
rx(pi*0.027394148011) q[2];
rx(pi*6.9949473e-05) q[3];
rx(pi*-0.001865171102) q[4];
rx(pi*0.220368483444) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.027954657525) q[0];
rx(pi*0.000771711547) q[1];
rx(pi*-0.000234368703) q[2];
rx(pi*-0.220369242354) q[3];
rx(pi*-6.9164082e-05) q[4];
rx(pi*0.00111605165) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.19325637007) q[0];
rx(pi*0.004474096147) q[1];
rx(pi*7.2830616e-05) q[2];
rx(pi*0.001897310936) q[3];
rx(pi*5.42796e-05) q[4];
rx(pi*0.189227715798) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*6.582039e-05) q[0];
rx(pi*-0.189223522821) q[1];
rx(pi*0.218049065038) q[2];
rx(pi*0.219392126875) q[3];
rx(pi*-0.004351671824) q[4];
rx(pi*0.00196033959) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001928830747) q[0];
rx(pi*-0.000750783495) q[1];
rx(pi*-0.011068267003) q[2];
rx(pi*0.108373236036) q[3];
rx(pi*0.025278228926) q[4];
rx(pi*-0.001082216349) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
