// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026661090844) q[0];
ry(pi*0.174068793954) q[1];
ry(pi*-0.095343663612) q[2];
ry(pi*0.055878066934) q[3];
ry(pi*-0.077327844393) q[4];
ry(pi*-0.008005897735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0838460457) q[0];
ry(pi*-0.003543451152) q[1];
ry(pi*0.144020183042) q[2];
ry(pi*-0.030155387164) q[3];
ry(pi*-0.02753564202) q[4];
ry(pi*-0.019292131372) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.055004689696) q[0];
ry(pi*0.081675961791) q[1];
ry(pi*0.287997222056) q[2];
ry(pi*0.037007366535) q[3];
ry(pi*0.022778282454) q[4];
ry(pi*0.008951621617) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.057818144223) q[0];
ry(pi*0.183981143932) q[1];
ry(pi*0.107670599298) q[2];
ry(pi*0.180358240842) q[3];
ry(pi*0.225638410762) q[4];
ry(pi*0.100381241175) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.199882469394) q[0];
ry(pi*0.082588864006) q[1];
ry(pi*0.075872833858) q[2];
ry(pi*0.03535361884) q[3];
ry(pi*0.069991476544) q[4];
ry(pi*-0.002335377155) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
