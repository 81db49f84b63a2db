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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000483867876) q[0];
ry(pi*0.06081405492) q[1];
ry(pi*0.37353014424) q[2];
ry(pi*-0.002888392136) q[3];
ry(pi*0.000116831577) q[4];
ry(pi*0.000303334863) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006066097923) q[0];
ry(pi*0.000826344908) q[1];
ry(pi*-0.00059599285) q[2];
ry(pi*0.005349542303) q[3];
ry(pi*0.009403728558) q[4];
ry(pi*0.001234662525) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-6.113842e-05) q[0];
ry(pi*0.002559982174) q[1];
ry(pi*-0.002170809616) q[2];
ry(pi*-0.003142619248) q[3];
ry(pi*0.004357328074) q[4];
ry(pi*0.352302106027) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000106683121) q[0];
ry(pi*-0.002670703276) q[1];
ry(pi*0.005617585725) q[2];
ry(pi*-0.002511899006) q[3];
ry(pi*-0.000651965791) q[4];
ry(pi*-0.000121240601) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.085218268649) q[0];
ry(pi*-0.490900722065) q[1];
ry(pi*-0.001141593638) q[2];
ry(pi*-0.001344310332) q[3];
ry(pi*0.000678972386) q[4];
ry(pi*0.000691860662) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
