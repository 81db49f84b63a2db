// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
ry(pi*-2.0e-11) q[1];
ry(pi*-0.006078041268) q[2];
ry(pi*-0.00019334097) q[3];
ry(pi*-0.001979820896) q[4];
ry(pi*0.004592204762) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-1.88e-10) q[1];
ry(pi*9.631327e-06) q[2];
ry(pi*-1.894e-08) q[3];
ry(pi*-0.003281347089) q[4];
ry(pi*-0.004243392278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*7.7755267e-05) q[2];
ry(pi*-2.96508e-07) q[3];
ry(pi*0.005831850894) q[4];
ry(pi*0.006983688185) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-1.68273e-07) q[2];
ry(pi*-6.019e-09) q[3];
ry(pi*0.003228248594) q[4];
ry(pi*-0.006527433327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*3.9e-11) q[1];
ry(pi*-0.000727321024) q[2];
ry(pi*0.000193604754) q[3];
ry(pi*-0.003923315502) q[4];
ry(pi*0.006338945008) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
