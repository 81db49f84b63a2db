// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.002822364899) q[0];
ry(pi*-0.000712843335) q[1];
ry(pi*-0.002240008563) q[2];
ry(pi*0.001781680933) q[3];
ry(pi*-0.005132511264) q[4];
ry(pi*0.003105047278) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.285728954178) q[0];
ry(pi*-0.003646779108) q[1];
ry(pi*-0.008087721267) q[2];
ry(pi*0.509807103088) q[3];
ry(pi*-0.001799865867) q[4];
ry(pi*0.006759477739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003644433009) q[0];
ry(pi*-0.002506436337) q[1];
ry(pi*0.026199097323) q[2];
ry(pi*-0.006377471544) q[3];
ry(pi*0.001848356504) q[4];
ry(pi*0.331278138688) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003752292487) q[0];
ry(pi*-0.001760761996) q[1];
ry(pi*-0.00650375771) q[2];
ry(pi*0.002303221756) q[3];
ry(pi*-0.049462939822) q[4];
ry(pi*-0.626238871412) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.260472204774) q[0];
ry(pi*0.000440571918) q[1];
ry(pi*-0.075274072914) q[2];
ry(pi*0.00393335594) q[3];
ry(pi*0.000671050078) q[4];
ry(pi*-0.00258880326) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
