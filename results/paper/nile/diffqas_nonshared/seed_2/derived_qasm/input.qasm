// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.021206848025) q[0];
ry(pi*0.085080801606) q[1];
ry(pi*0.00067099894) q[2];
ry(pi*-0.029269698985) q[3];
ry(pi*0.12006724086) q[4];
ry(pi*0.00622419368) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.027102335294) q[0];
ry(pi*0.290203088567) q[1];
ry(pi*-0.390379575849) q[2];
ry(pi*-0.215961835119) q[3];
ry(pi*-0.088490697658) q[4];
ry(pi*0.001691645017) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.060668856482) q[0];
ry(pi*-0.135914427586) q[1];
ry(pi*-0.180662165287) q[2];
ry(pi*0.226394398867) q[3];
ry(pi*-0.0319827355) q[4];
ry(pi*-0.000295843556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.07561738004) q[0];
ry(pi*0.275725781657) q[1];
ry(pi*-0.006817465571) q[2];
ry(pi*0.463294008132) q[3];
ry(pi*-0.314726825863) q[4];
ry(pi*0.015162787541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013517119865) q[0];
ry(pi*0.032233386842) q[1];
ry(pi*-0.073232700126) q[2];
ry(pi*0.011522448496) q[3];
ry(pi*-0.097654013044) q[4];
ry(pi*-0.001786086019) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
