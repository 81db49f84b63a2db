// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.14520219471) q[0];
ry(pi*0.079813312286) q[1];
ry(pi*-0.022229815892) q[2];
ry(pi*0.00251844994) q[3];
ry(pi*1.27631e-07) q[4];
ry(pi*-1.07692e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.091643209415) q[0];
ry(pi*-0.067683859187) q[1];
ry(pi*0.12007024804) q[2];
ry(pi*0.013835036712) q[3];
ry(pi*1.43469e-07) q[4];
ry(pi*-4.3594e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.148984544772) q[0];
ry(pi*-0.048691398808) q[1];
ry(pi*-0.067281641679) q[2];
ry(pi*0.000856915192) q[3];
ry(pi*3.2536e-08) q[4];
ry(pi*-2.1286e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017218369732) q[0];
ry(pi*-0.054029874663) q[1];
ry(pi*-0.228544618308) q[2];
ry(pi*-0.005976127375) q[3];
ry(pi*-1.2361447e-05) q[4];
ry(pi*0.001843754279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.171747288546) q[0];
ry(pi*-0.626346598673) q[1];
ry(pi*-0.125164383364) q[2];
ry(pi*-0.144781160979) q[3];
ry(pi*-0.003768164672) q[4];
ry(pi*-0.002106448572) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
