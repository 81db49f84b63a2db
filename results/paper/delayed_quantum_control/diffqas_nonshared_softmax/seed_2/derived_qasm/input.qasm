// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
ry(pi*0.609477207734) q[0];
ry(pi*-0.36231903379) q[1];
ry(pi*-1.585621e-06) q[2];
ry(pi*1.128597e-05) q[3];
ry(pi*0.01003515346) q[4];
ry(pi*4.2551e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.379438561436) q[0];
ry(pi*7.52559e-07) q[1];
ry(pi*-0.009139118018) q[2];
ry(pi*3.138284e-06) q[3];
ry(pi*4.1447028e-05) q[4];
ry(pi*-0.000833523721) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.3568612e-05) q[0];
ry(pi*-6.964257e-06) q[1];
ry(pi*3.5258e-07) q[2];
ry(pi*3.065e-09) q[3];
ry(pi*0.013879378395) q[4];
ry(pi*7.438e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03479705803) q[0];
ry(pi*0.004240866531) q[1];
ry(pi*-9.54009e-07) q[2];
ry(pi*-8.796e-09) q[3];
ry(pi*-1.3116e-08) q[4];
ry(pi*-5.4597e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002897197566) q[0];
ry(pi*0.004772920777) q[1];
ry(pi*-0.003471200261) q[2];
ry(pi*-0.030728141215) q[3];
ry(pi*-0.05575650854) q[4];
ry(pi*-0.002736151251) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
