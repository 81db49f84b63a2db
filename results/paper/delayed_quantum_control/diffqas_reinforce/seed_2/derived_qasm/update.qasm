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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.009049691157) q[0];
ry(pi*0.184613429722) q[1];
ry(pi*-0.205715526836) q[2];
ry(pi*-0.531834652889) q[3];
ry(pi*-0.3640251771) q[4];
ry(pi*0.075458080107) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.022785484984) q[0];
ry(pi*-0.018244185882) q[1];
ry(pi*-0.075513793581) q[2];
ry(pi*0.210273843306) q[3];
ry(pi*-0.090156618742) q[4];
ry(pi*-0.089248070773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.070566901009) q[0];
ry(pi*0.075368078136) q[1];
ry(pi*0.250584614232) q[2];
ry(pi*-0.236191394539) q[3];
ry(pi*-0.377033234428) q[4];
ry(pi*0.038055788714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.060879819207) q[0];
ry(pi*-0.187068693001) q[1];
ry(pi*-0.169903516925) q[2];
ry(pi*0.068933380634) q[3];
ry(pi*-0.012800573732) q[4];
ry(pi*-0.514056125825) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.992467846993) q[0];
ry(pi*-0.143190504785) q[1];
ry(pi*-0.26194921421) q[2];
ry(pi*0.491857859241) q[3];
ry(pi*-0.017178706017) q[4];
ry(pi*-0.002172545623) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
