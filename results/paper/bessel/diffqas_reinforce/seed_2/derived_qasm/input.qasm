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
ry(pi*-6.583783e-06) q[1];
ry(pi*0.000542396172) q[2];
ry(pi*0.001126420109) q[3];
ry(pi*-0.00290154944) q[4];
ry(pi*-0.001476026262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*3.5e-11) q[1];
ry(pi*-2.8e-10) q[2];
ry(pi*1.52408e-07) q[3];
ry(pi*0.003477569768) q[4];
ry(pi*-0.004429994884) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-1.8e-11) q[1];
ry(pi*5.885462e-06) q[2];
ry(pi*1.83853e-07) q[3];
ry(pi*0.001239555048) q[4];
ry(pi*0.000822849772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*6.659e-09) q[1];
ry(pi*6.569e-09) q[2];
ry(pi*-1.3002e-08) q[3];
ry(pi*-0.003427339122) q[4];
ry(pi*-0.001844147815) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-4.5e-11) q[0];
ry(pi*-3.748856e-06) q[1];
ry(pi*-0.000542435303) q[2];
ry(pi*-0.001126339993) q[3];
ry(pi*0.001671532867) q[4];
ry(pi*0.001087344179) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
