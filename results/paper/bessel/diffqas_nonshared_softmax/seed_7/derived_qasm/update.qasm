// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.621976188297) q[0];
ry(pi*0.002787908314) q[1];
ry(pi*-0.466528330377) q[2];
ry(pi*0.427922128022) q[3];
ry(pi*0.082409969967) q[4];
ry(pi*-0.491152566318) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.59224361593) q[0];
ry(pi*0.222885237399) q[1];
ry(pi*0.105319581781) q[2];
ry(pi*-0.093490690208) q[3];
ry(pi*0.064704801033) q[4];
ry(pi*0.047551525613) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.132509075506) q[0];
ry(pi*-0.168079249289) q[1];
ry(pi*0.026038469298) q[2];
ry(pi*0.034725938685) q[3];
ry(pi*-0.039364301177) q[4];
ry(pi*0.17160245059) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.099704843747) q[0];
ry(pi*0.009641855515) q[1];
ry(pi*0.509898741459) q[2];
ry(pi*-0.004355812626) q[3];
ry(pi*0.02981119069) q[4];
ry(pi*0.007855497207) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.371576710137) q[0];
ry(pi*-0.325657689856) q[1];
ry(pi*0.397361547) q[2];
ry(pi*0.073957644072) q[3];
ry(pi*0.458553401502) q[4];
ry(pi*0.002311391599) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
