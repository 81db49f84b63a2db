// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.295502025216) q[0];
ry(pi*-0.005307641583) q[1];
ry(pi*0.010639964339) q[2];
ry(pi*0.040683168018) q[3];
ry(pi*-0.043595712462) q[4];
ry(pi*0.017693786472) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.102439253063) q[0];
ry(pi*0.34623659448) q[1];
ry(pi*-0.058688533253) q[2];
ry(pi*0.252381352411) q[3];
ry(pi*0.04040932012) q[4];
ry(pi*0.425170510424) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041949319078) q[0];
ry(pi*-0.089603439824) q[1];
ry(pi*0.02364242945) q[2];
ry(pi*0.005788782164) q[3];
ry(pi*0.093944233742) q[4];
ry(pi*-0.234655038349) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.271820829699) q[0];
ry(pi*0.130237933257) q[1];
ry(pi*-0.05549937089) q[2];
ry(pi*-0.207438669727) q[3];
ry(pi*0.097699737366) q[4];
ry(pi*0.264612931068) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.242881128458) q[0];
ry(pi*-0.19812561193) q[1];
ry(pi*-0.462009249549) q[2];
ry(pi*-0.159813601001) q[3];
ry(pi*-0.012970462829) q[4];
ry(pi*-0.004647328302) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
