// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
ry(0) q[0];
ry(pi*-0.000630119635) q[1];
ry(pi*0.003498379611) q[2];
ry(pi*0.004688647389) q[3];
ry(pi*-0.00055568132) q[4];
ry(pi*-0.001482135783) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-3.091e-09) q[1];
ry(pi*2.164e-09) q[2];
ry(pi*-5.66142e-07) q[3];
ry(pi*-0.002209427755) q[4];
ry(pi*5.1675678e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-1.6495e-08) q[1];
ry(pi*-2.4622395e-05) q[2];
ry(pi*2.4272217e-05) q[3];
ry(pi*-0.004638642934) q[4];
ry(pi*0.000644890661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*2.602504e-06) q[1];
ry(pi*8.9857e-08) q[2];
ry(pi*1.62134e-07) q[3];
ry(pi*0.002238696183) q[4];
ry(pi*0.000969170789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-5.9e-11) q[0];
ry(pi*0.004696776915) q[1];
ry(pi*-0.00349838643) q[2];
ry(pi*-0.00468859966) q[3];
ry(pi*-0.000508385298) q[4];
ry(pi*-0.003992735007) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
