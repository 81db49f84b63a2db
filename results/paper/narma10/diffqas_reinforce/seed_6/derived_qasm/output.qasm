// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00414403348) q[0];
rz(pi*0.005406948502) q[1];
rz(pi*-0.000522487534) q[2];
rz(pi*0.001372266676) q[3];
rz(pi*-0.003218973292) q[4];
rz(pi*0.001493800762) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003819233973) q[0];
rz(pi*-0.001404837844) q[1];
rz(pi*0.001274623875) q[2];
rz(pi*0.00102323934) q[3];
rz(pi*-0.000734664885) q[4];
rz(pi*0.00539474606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.007571101055) q[0];
rz(pi*-0.003054340535) q[1];
rz(pi*0.002169658356) q[2];
rz(pi*-0.006523967836) q[3];
rz(pi*0.000135161549) q[4];
rz(pi*0.000952216934) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000675690026) q[0];
rz(pi*0.000589714464) q[1];
rz(pi*0.001255139604) q[2];
rz(pi*0.004845487683) q[3];
rz(pi*-9.6522538e-05) q[4];
rz(pi*-0.002526942913) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001300520489) q[0];
rz(pi*0.00673301965) q[1];
rz(pi*-0.001275863625) q[2];
rz(pi*0.00493027126) q[3];
rz(pi*0.001559008761) q[4];
rz(pi*-0.003959893774) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
