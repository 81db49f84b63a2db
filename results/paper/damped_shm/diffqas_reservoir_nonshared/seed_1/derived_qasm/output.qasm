// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
rz(pi*1.382674049873) q[0];
rz(pi*0.357143761511) q[1];
rz(pi*0.792512313548) q[2];
rz(pi*0.011649190008) q[3];
rz(pi*0.524989437303) q[4];
rz(pi*0.842377627403) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.21184247214) q[0];
rz(pi*1.266319880087) q[1];
rz(pi*0.760848543139) q[2];
rz(pi*1.450587835046) q[3];
rz(pi*1.307732000044) q[4];
rz(pi*0.86245352654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.734640983339) q[0];
rz(pi*1.264270216208) q[1];
rz(pi*1.620548744533) q[2];
rz(pi*0.68358946547) q[3];
rz(pi*1.087338567436) q[4];
rz(pi*0.392593771396) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.992282397239) q[0];
rz(pi*0.486430932436) q[1];
rz(pi*0.513734917207) q[2];
rz(pi*0.14638014621) q[3];
rz(pi*0.515606237257) q[4];
rz(pi*1.526257072349) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.395787102387) q[0];
rz(pi*0.257346425619) q[1];
rz(pi*0.752477007946) q[2];
rz(pi*0.841842823591) q[3];
rz(pi*1.329968515688) q[4];
rz(pi*0.911857954408) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
