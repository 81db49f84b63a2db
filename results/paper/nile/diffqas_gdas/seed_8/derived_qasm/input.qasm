// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.004376559919) q[0];
ry(pi*0.323220071233) q[1];
ry(pi*-0.024486614744) q[2];
ry(pi*0.001214578241) q[3];
ry(pi*-0.007026264217) q[4];
ry(pi*-0.091029754077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001476226365) q[0];
ry(pi*0.009012019581) q[1];
ry(pi*0.009016109394) q[2];
ry(pi*-0.018822329379) q[3];
ry(pi*0.009153022077) q[4];
ry(pi*-0.016565694167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004517252329) q[0];
ry(pi*0.023808194347) q[1];
ry(pi*-0.000627372663) q[2];
ry(pi*-0.001302849542) q[3];
ry(pi*0.002032140471) q[4];
ry(pi*-0.414068683001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002362275323) q[0];
ry(pi*0.008286381351) q[1];
ry(pi*-0.014655277213) q[2];
ry(pi*-0.029685123897) q[3];
ry(pi*0.005774300621) q[4];
ry(pi*-0.017379730579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.338500077152) q[0];
ry(pi*0.332918332726) q[1];
ry(pi*0.040599256298) q[2];
ry(pi*-0.021361798456) q[3];
ry(pi*0.015762609774) q[4];
ry(pi*3.1290862e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
