// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.030015003061) q[0];
ry(pi*-0.031244863998) q[1];
ry(pi*-0.194160706089) q[2];
ry(pi*0.215113070278) q[3];
ry(pi*-0.120282202091) q[4];
ry(pi*0.191670495009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.030724116621) q[0];
ry(pi*0.150780173046) q[1];
ry(pi*0.204549917108) q[2];
ry(pi*0.614848392606) q[3];
ry(pi*-0.120093394793) q[4];
ry(pi*-0.013825919121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.033078523145) q[0];
ry(pi*0.182585584503) q[1];
ry(pi*0.146270132732) q[2];
ry(pi*0.039871722571) q[3];
ry(pi*-0.104595192788) q[4];
ry(pi*-0.242169043291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.088873359006) q[0];
ry(pi*0.096734138345) q[1];
ry(pi*0.641618636039) q[2];
ry(pi*0.091913058805) q[3];
ry(pi*-0.019667227337) q[4];
ry(pi*-0.031451583942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.019509792662) q[0];
ry(pi*0.001419450714) q[1];
ry(pi*-0.043710924472) q[2];
ry(pi*0.031954897736) q[3];
ry(pi*0.346000763226) q[4];
ry(pi*-0.005810636398) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
