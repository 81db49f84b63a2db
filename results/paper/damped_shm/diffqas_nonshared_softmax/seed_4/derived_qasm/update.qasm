// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.043425631265) q[0];
ry(pi*0.084385232216) q[1];
ry(pi*0.000999992537) q[2];
ry(pi*-0.070880430407) q[3];
ry(pi*-0.003657748913) q[4];
ry(pi*-0.009882244971) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.081210598236) q[0];
ry(pi*0.050780554461) q[1];
ry(pi*0.367568679241) q[2];
ry(pi*0.46534518983) q[3];
ry(pi*-0.525988238632) q[4];
ry(pi*-0.469451233941) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.194057570233) q[0];
ry(pi*0.229011860166) q[1];
ry(pi*0.03697414051) q[2];
ry(pi*-0.029839163635) q[3];
ry(pi*0.005798503918) q[4];
ry(pi*0.256967008611) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.050438622859) q[0];
ry(pi*0.187691492417) q[1];
ry(pi*-0.449855041757) q[2];
ry(pi*-0.397135809248) q[3];
ry(pi*0.464821276376) q[4];
ry(pi*-0.046257617422) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.073374606792) q[0];
ry(pi*-0.002253401841) q[1];
ry(pi*0.002077854418) q[2];
ry(pi*-0.00112727996) q[3];
ry(pi*0.582736637678) q[4];
ry(pi*-0.001465594511) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
