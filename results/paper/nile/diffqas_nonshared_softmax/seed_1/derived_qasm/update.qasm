// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.004703462733) q[0];
ry(pi*0.319417666976) q[1];
ry(pi*0.018821651103) q[2];
ry(pi*0.004859865765) q[3];
ry(pi*-0.04722871854) q[4];
ry(pi*0.009861239175) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003610156665) q[0];
ry(pi*-0.033533427973) q[1];
ry(pi*0.015780001854) q[2];
ry(pi*-0.524399878141) q[3];
ry(pi*0.001095540109) q[4];
ry(pi*-0.116242666948) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005844318954) q[0];
ry(pi*0.116848665995) q[1];
ry(pi*0.014322599568) q[2];
ry(pi*0.018769198571) q[3];
ry(pi*-0.005334163113) q[4];
ry(pi*-0.046998953822) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.038886643282) q[0];
ry(pi*0.383203134033) q[1];
ry(pi*0.099550690172) q[2];
ry(pi*0.385042124522) q[3];
ry(pi*-0.498168612524) q[4];
ry(pi*-0.525238511534) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003616340891) q[0];
ry(pi*-0.153514591848) q[1];
ry(pi*0.232813164003) q[2];
ry(pi*-0.043934992622) q[3];
ry(pi*0.011390247575) q[4];
ry(pi*-0.004626315391) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
