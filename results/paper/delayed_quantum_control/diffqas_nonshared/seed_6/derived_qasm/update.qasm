// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.050879312356) q[0];
rx(pi*-0.003838640722) q[1];
rx(pi*0.108750784229) q[2];
rx(pi*0.037305611014) q[3];
rx(pi*-0.014336820828) q[4];
rx(pi*-0.000478538758) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.472327502491) q[0];
rx(pi*0.01602286844) q[1];
rx(pi*-0.174700586452) q[2];
rx(pi*0.11260196742) q[3];
rx(pi*0.16147030133) q[4];
rx(pi*-0.001941314371) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.309253909118) q[0];
rx(pi*0.038902537701) q[1];
rx(pi*0.225495014735) q[2];
rx(pi*0.182258020014) q[3];
rx(pi*-0.014653202068) q[4];
rx(pi*-0.008525877902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037819310016) q[0];
rx(pi*-0.015921950024) q[1];
rx(pi*-0.260863878178) q[2];
rx(pi*0.115036920373) q[3];
rx(pi*0.163174471473) q[4];
rx(pi*0.003847347138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.187014430943) q[0];
rx(pi*0.464823477214) q[1];
rx(pi*0.101373772011) q[2];
rx(pi*0.036276602698) q[3];
rx(pi*-0.013967861361) q[4];
rx(pi*0.001431378791) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
