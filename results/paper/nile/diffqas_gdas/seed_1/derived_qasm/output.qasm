// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
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
ry(pi*0.002708305187) q[0];
ry(pi*-5.2381746e-05) q[1];
ry(pi*0.000584930478) q[2];
ry(pi*-0.019826215405) q[3];
ry(pi*0.055193719925) q[4];
ry(pi*0.016821948398) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003389854309) q[0];
ry(pi*-1.96746e-07) q[1];
ry(pi*-7.8844023e-05) q[2];
ry(pi*0.00153137703) q[3];
ry(pi*-0.043858541935) q[4];
ry(pi*0.017212113468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-4.497868e-06) q[0];
ry(pi*-9.36575e-07) q[1];
ry(pi*0.000321056207) q[2];
ry(pi*0.008477489095) q[3];
ry(pi*0.05276034171) q[4];
ry(pi*0.016758426453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001752432663) q[0];
ry(pi*1.5849007e-05) q[1];
ry(pi*0.00023014962) q[2];
ry(pi*0.03733096572) q[3];
ry(pi*-0.034828457927) q[4];
ry(pi*0.013609444813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002710467191) q[0];
ry(pi*1.3325495e-05) q[1];
ry(pi*-0.000583285482) q[2];
ry(pi*0.012434693779) q[3];
ry(pi*0.049829493308) q[4];
ry(pi*-0.000362544084) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
