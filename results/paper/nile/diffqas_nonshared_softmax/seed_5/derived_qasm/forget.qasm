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
ry(pi*-0.07356979842) q[0];
ry(pi*-0.427760100757) q[1];
ry(pi*-0.069972669808) q[2];
ry(pi*0.005804662947) q[3];
ry(pi*0.00214474032) q[4];
ry(pi*0.00030087365) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.041034083216) q[0];
ry(pi*0.469823631033) q[1];
ry(pi*0.080315871913) q[2];
ry(pi*0.020439137134) q[3];
ry(pi*-0.004254663572) q[4];
ry(pi*0.005197098054) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.096853154391) q[0];
ry(pi*-0.136907337877) q[1];
ry(pi*0.09947903959) q[2];
ry(pi*0.055523480509) q[3];
ry(pi*0.048417218888) q[4];
ry(pi*0.005247086501) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.135472998151) q[0];
ry(pi*0.330154079278) q[1];
ry(pi*-0.357016795883) q[2];
ry(pi*0.144371093497) q[3];
ry(pi*-0.045050860548) q[4];
ry(pi*0.012550369436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.252019712867) q[0];
ry(pi*0.182223925986) q[1];
ry(pi*0.065578529267) q[2];
ry(pi*0.247301778671) q[3];
ry(pi*0.088405823071) q[4];
ry(pi*-0.002118068194) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
