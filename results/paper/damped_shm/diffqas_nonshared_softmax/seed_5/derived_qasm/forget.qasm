// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.085659015065) q[0];
ry(pi*-0.449196459739) q[1];
ry(pi*-0.471453465951) q[2];
ry(pi*0.077738751419) q[3];
ry(pi*-0.013361935833) q[4];
ry(pi*0.00135137857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.037576634343) q[0];
ry(pi*0.637734383349) q[1];
ry(pi*-0.008374767675) q[2];
ry(pi*-0.097793045339) q[3];
ry(pi*-0.038966409456) q[4];
ry(pi*-0.000647708188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.111279339233) q[0];
ry(pi*-0.00334592884) q[1];
ry(pi*-0.112465894873) q[2];
ry(pi*-0.050130310966) q[3];
ry(pi*0.007656356283) q[4];
ry(pi*7.9594808e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.030335568977) q[0];
ry(pi*0.329674903562) q[1];
ry(pi*-0.911437442428) q[2];
ry(pi*-0.272399991795) q[3];
ry(pi*-0.008456992599) q[4];
ry(pi*-0.043673571875) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.294371685826) q[0];
ry(pi*0.114839575337) q[1];
ry(pi*0.109543712274) q[2];
ry(pi*0.182796542485) q[3];
ry(pi*-0.475042654469) q[4];
ry(pi*-0.002118011572) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
