// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.075018628582) q[0];
ry(pi*-0.001304104857) q[1];
ry(pi*0.000983923138) q[2];
ry(pi*-0.407895785703) q[3];
ry(pi*-0.009487743442) q[4];
ry(pi*-0.252261273891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00152605132) q[0];
ry(pi*0.126259718034) q[1];
ry(pi*-0.000353657983) q[2];
ry(pi*0.012870993456) q[3];
ry(pi*-0.012895856056) q[4];
ry(pi*-0.242540624555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004295527906) q[0];
ry(pi*0.00418632166) q[1];
ry(pi*-0.012944268579) q[2];
ry(pi*-0.077407155221) q[3];
ry(pi*-0.003584155997) q[4];
ry(pi*0.009054274855) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008586969557) q[0];
ry(pi*0.108945539484) q[1];
ry(pi*-0.02527132996) q[2];
ry(pi*0.002572125622) q[3];
ry(pi*-0.005321692681) q[4];
ry(pi*-0.007143534177) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001323727273) q[0];
ry(pi*-0.001304810554) q[1];
ry(pi*0.001798751366) q[2];
ry(pi*-0.001299432817) q[3];
ry(pi*0.004479195962) q[4];
ry(pi*0.001695893727) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
