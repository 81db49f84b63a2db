// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
ry(pi*0.027400968714) q[0];
ry(pi*-0.040342241971) q[1];
ry(pi*-5.419319e-05) q[2];
ry(pi*-1.6203e-08) q[3];
ry(pi*-0.003787013208) q[4];
ry(pi*-6.0015e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003442282236) q[0];
ry(pi*1.1415423e-05) q[1];
ry(pi*-0.002404844536) q[2];
ry(pi*4.671934e-05) q[3];
ry(pi*-4.7064e-07) q[4];
ry(pi*2.1370947e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.0695845e-05) q[0];
ry(pi*-2.781e-08) q[1];
ry(pi*4.2577e-08) q[2];
ry(pi*0.002354687558) q[3];
ry(pi*-1.9047163e-05) q[4];
ry(pi*-0.002614032271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*6.9968084e-05) q[0];
ry(pi*-0.003171575515) q[1];
ry(pi*4.5482484e-05) q[2];
ry(pi*0.001928930503) q[3];
ry(pi*0.00128618984) q[4];
ry(pi*2.188146e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004042612879) q[0];
ry(pi*4.84808e-07) q[1];
ry(pi*0.000114366324) q[2];
ry(pi*-0.009242107428) q[3];
ry(pi*-0.031297233525) q[4];
ry(pi*-0.004605174414) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
