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
rz(pi*0.004426027208) q[0];
rz(pi*0.000900038692) q[1];
rz(pi*0.002123458085) q[2];
rz(pi*0.00053909521) q[3];
rz(pi*0.001883571258) q[4];
rz(pi*-0.001148825516) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005416389815) q[0];
rz(pi*-0.002610792971) q[1];
rz(pi*0.005429617971) q[2];
rz(pi*-0.000472954989) q[3];
rz(pi*0.002839885639) q[4];
rz(pi*0.000575511399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.0015351698) q[0];
rz(pi*0.004771539916) q[1];
rz(pi*0.000600772426) q[2];
rz(pi*-0.002768970547) q[3];
rz(pi*0.000906528038) q[4];
rz(pi*0.002180203794) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00746015732) q[0];
rz(pi*0.00320066133) q[1];
rz(pi*0.003560602516) q[2];
rz(pi*-0.005334122203) q[3];
rz(pi*-0.000311493497) q[4];
rz(pi*0.002725586692) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003435442857) q[0];
rz(pi*-0.001142111016) q[1];
rz(pi*-0.000889684833) q[2];
rz(pi*0.00191132068) q[3];
rz(pi*0.003640228767) q[4];
rz(pi*7.3058882e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
