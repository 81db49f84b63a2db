// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.001775106579) q[0];
rz(pi*0.111209880003) q[1];
rz(pi*-0.023668969953) q[2];
rz(pi*-0.019821357196) q[3];
rz(pi*-0.014248416125) q[4];
rz(pi*-0.093608036653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011575192734) q[0];
rz(pi*0.067863901076) q[1];
rz(pi*-0.018699036164) q[2];
rz(pi*0.088700299088) q[3];
rz(pi*0.103215200498) q[4];
rz(pi*0.037149263715) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.068274305325) q[0];
rz(pi*-0.019651251098) q[1];
rz(pi*-0.041419950958) q[2];
rz(pi*0.11903626175) q[3];
rz(pi*0.137309028891) q[4];
rz(pi*-0.16708183297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.139976957699) q[0];
rz(pi*-0.123536142157) q[1];
rz(pi*0.020865359911) q[2];
rz(pi*0.028206530237) q[3];
rz(pi*-0.050255924785) q[4];
rz(pi*-0.021162285784) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.182563196661) q[0];
rz(pi*0.093618187073) q[1];
rz(pi*0.024257492728) q[2];
rz(pi*-0.053517510868) q[3];
rz(pi*-0.302727018293) q[4];
rz(pi*0.003707827777) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
