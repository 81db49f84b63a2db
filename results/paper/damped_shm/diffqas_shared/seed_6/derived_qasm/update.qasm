// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.024225084904) q[0];
ry(pi*0.040101174239) q[1];
ry(pi*-0.031215143189) q[2];
ry(pi*-0.015709652092) q[3];
ry(pi*-0.161797903764) q[4];
ry(pi*0.008272519387) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.053102410865) q[0];
ry(pi*0.273357868908) q[1];
ry(pi*0.117708529894) q[2];
ry(pi*-0.118253246966) q[3];
ry(pi*-0.053257887789) q[4];
ry(pi*0.013621250605) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.130679988792) q[0];
ry(pi*-0.00160257938) q[1];
ry(pi*0.055050992687) q[2];
ry(pi*0.027346196763) q[3];
ry(pi*0.222587479096) q[4];
ry(pi*-0.166724481267) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.039887455722) q[0];
ry(pi*0.239056791705) q[1];
ry(pi*0.048333990187) q[2];
ry(pi*0.033071515086) q[3];
ry(pi*-0.038078650875) q[4];
ry(pi*-0.479609243057) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.165099750018) q[0];
ry(pi*0.175148058706) q[1];
ry(pi*0.104221998841) q[2];
ry(pi*-0.016708780701) q[3];
ry(pi*-0.006948898688) q[4];
ry(pi*-0.002629224106) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
