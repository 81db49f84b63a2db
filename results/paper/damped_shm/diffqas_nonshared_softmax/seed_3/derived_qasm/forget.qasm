// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.216001146652) q[0];
ry(pi*-0.204766889451) q[1];
ry(pi*0.310471466229) q[2];
ry(pi*-0.032115376351) q[3];
ry(pi*0.012405118822) q[4];
ry(pi*-0.012359960126) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.210055011634) q[0];
ry(pi*-0.030453484604) q[1];
ry(pi*0.003889257642) q[2];
ry(pi*-0.054498397181) q[3];
ry(pi*-0.031801775804) q[4];
ry(pi*-0.000870968736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081594483326) q[0];
ry(pi*-0.409823986051) q[1];
ry(pi*-0.064492458041) q[2];
ry(pi*-0.504284022398) q[3];
ry(pi*-0.079688386229) q[4];
ry(pi*-0.015294151289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.035188748034) q[0];
ry(pi*0.035341620949) q[1];
ry(pi*-5.6774122e-05) q[2];
ry(pi*0.014731097056) q[3];
ry(pi*-0.116982025439) q[4];
ry(pi*-0.000782153673) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010361128981) q[0];
ry(pi*-0.009616107717) q[1];
ry(pi*0.037853468076) q[2];
ry(pi*0.013313607501) q[3];
ry(pi*0.330429487684) q[4];
ry(pi*-0.00209707559) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
