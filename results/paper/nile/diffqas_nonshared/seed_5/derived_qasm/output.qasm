// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.198009422823) q[0];
rx(pi*-0.110644425717) q[1];
rx(pi*0.03622461737) q[2];
rx(pi*0.024747193576) q[3];
rx(pi*-0.021768310919) q[4];
rx(pi*0.000628375773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053521974207) q[0];
rx(pi*-0.075380538488) q[1];
rx(pi*-0.037234489298) q[2];
rx(pi*0.01140946104) q[3];
rx(pi*-0.024395519468) q[4];
rx(pi*-0.004016535727) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.245421598347) q[0];
rx(pi*-0.123185933694) q[1];
rx(pi*0.022794957128) q[2];
rx(pi*0.020698489852) q[3];
rx(pi*-0.019662868348) q[4];
rx(pi*0.004515748739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.068893006627) q[0];
rx(pi*-0.067639553078) q[1];
rx(pi*-0.013939597896) q[2];
rx(pi*0.013501460234) q[3];
rx(pi*-0.020368786186) q[4];
rx(pi*-0.000749848864) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.181690583076) q[0];
rx(pi*-0.120204053343) q[1];
rx(pi*0.036646962591) q[2];
rx(pi*0.017881850276) q[3];
rx(pi*-0.016247764277) q[4];
rx(pi*0.000507426285) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
