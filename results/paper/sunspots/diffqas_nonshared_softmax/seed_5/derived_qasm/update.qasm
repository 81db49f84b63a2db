// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.09346546594) q[0];
ry(pi*-0.088172790298) q[1];
ry(pi*0.005260507349) q[2];
ry(pi*-0.057908388097) q[3];
ry(pi*0.028082567047) q[4];
ry(pi*0.512874882554) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.168614565365) q[0];
ry(pi*0.163048454483) q[1];
ry(pi*-0.146456672787) q[2];
ry(pi*0.154792083869) q[3];
ry(pi*-0.031902800943) q[4];
ry(pi*0.208192096511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.371912489826) q[0];
ry(pi*-0.025166237539) q[1];
ry(pi*-0.157285245211) q[2];
ry(pi*0.235039540054) q[3];
ry(pi*-0.226513566695) q[4];
ry(pi*-0.116507336778) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074440329746) q[0];
ry(pi*-0.222450154348) q[1];
ry(pi*-0.290256838361) q[2];
ry(pi*-0.256238417154) q[3];
ry(pi*0.117914630852) q[4];
ry(pi*0.230917748563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.118843621956) q[0];
ry(pi*0.048892680688) q[1];
ry(pi*-0.465419866565) q[2];
ry(pi*-0.008657533949) q[3];
ry(pi*0.26411330273) q[4];
ry(pi*0.003936889614) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
