// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.062206407955) q[0];
ry(pi*-0.460700547358) q[1];
ry(pi*-0.173966796462) q[2];
ry(pi*-0.061125302846) q[3];
ry(pi*-0.143042963213) q[4];
ry(pi*0.043019386791) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.076215472195) q[0];
ry(pi*-0.267729603304) q[1];
ry(pi*0.069159061468) q[2];
ry(pi*0.068175035166) q[3];
ry(pi*0.035161617005) q[4];
ry(pi*0.126272543612) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.162358795104) q[0];
ry(pi*-0.440380962251) q[1];
ry(pi*0.426384045312) q[2];
ry(pi*0.1069208722) q[3];
ry(pi*-0.154734596443) q[4];
ry(pi*-0.152607400431) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.096116499516) q[0];
ry(pi*-0.193231326044) q[1];
ry(pi*-0.072228230688) q[2];
ry(pi*0.033542838456) q[3];
ry(pi*-0.12700380074) q[4];
ry(pi*0.351594726102) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00148129609) q[0];
ry(pi*0.035814962545) q[1];
ry(pi*0.106565228045) q[2];
ry(pi*-0.310236526694) q[3];
ry(pi*-0.353927577213) q[4];
ry(pi*0.001870211924) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
