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
rx(pi*0.050216722345) q[0];
rx(pi*0.097058591303) q[1];
rx(pi*0.038355532041) q[2];
rx(pi*-0.015411242787) q[3];
rx(pi*0.006317138206) q[4];
rx(pi*-0.004961990729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.166932726146) q[0];
rx(pi*0.100137612122) q[1];
rx(pi*0.038741406898) q[2];
rx(pi*-0.010838400307) q[3];
rx(pi*-0.001590912474) q[4];
rx(pi*-0.000219706049) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013754684754) q[0];
rx(pi*0.092800651374) q[1];
rx(pi*0.04100295368) q[2];
rx(pi*-0.008676257679) q[3];
rx(pi*0.000962379509) q[4];
rx(pi*-0.001813148124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.217826951081) q[0];
rx(pi*0.119205223555) q[1];
rx(pi*0.042414521365) q[2];
rx(pi*-0.01429905676) q[3];
rx(pi*-0.001660257867) q[4];
rx(pi*0.000592988634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.029609726197) q[0];
rx(pi*0.090006942736) q[1];
rx(pi*0.031950057314) q[2];
rx(pi*-0.008446861744) q[3];
rx(pi*-0.001875540746) q[4];
rx(pi*0.006587779709) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
