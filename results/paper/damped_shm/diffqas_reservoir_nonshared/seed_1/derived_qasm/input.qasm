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
rz(pi*1.032137206237) q[0];
rz(pi*0.231731224093) q[1];
rz(pi*1.246979516433) q[2];
rz(pi*1.553366244947) q[3];
rz(pi*1.226006585786) q[4];
rz(pi*1.834595337691) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.079185755454) q[0];
rz(pi*1.057178501118) q[1];
rz(pi*0.918671751124) q[2];
rz(pi*0.124699162105) q[3];
rz(pi*1.282656402435) q[4];
rz(pi*1.705265705756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.185882032379) q[0];
rz(pi*0.520194910124) q[1];
rz(pi*1.679762993651) q[2];
rz(pi*1.01899174827) q[3];
rz(pi*1.021777782432) q[4];
rz(pi*1.506060354755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.295844065911) q[0];
rz(pi*1.639253445248) q[1];
rz(pi*1.366573776179) q[2];
rz(pi*1.574193920238) q[3];
rz(pi*0.383232503847) q[4];
rz(pi*1.604728356813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.382647839654) q[0];
rz(pi*0.163105239917) q[1];
rz(pi*1.71045391745) q[2];
rz(pi*1.72256703027) q[3];
rz(pi*1.753074146089) q[4];
rz(pi*0.943819445174) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
