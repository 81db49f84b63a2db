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
rx(pi*-0.004453889874) q[0];
rx(pi*0.003974130746) q[1];
rx(pi*0.0139823933) q[2];
rx(pi*0.299355333354) q[3];
rx(pi*-0.007351581621) q[4];
rx(pi*0.004957152975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0088255234) q[0];
rx(pi*0.050740180454) q[1];
rx(pi*-0.005038333509) q[2];
rx(pi*0.064934513576) q[3];
rx(pi*-0.002509997581) q[4];
rx(pi*0.000975134606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.760238e-06) q[0];
rx(pi*0.0178304199) q[1];
rx(pi*0.008968803219) q[2];
rx(pi*0.26273817695) q[3];
rx(pi*0.005507869883) q[4];
rx(pi*0.004249225212) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.009305195965) q[0];
rx(pi*-0.032722667917) q[1];
rx(pi*-0.013258088498) q[2];
rx(pi*0.026119935905) q[3];
rx(pi*0.00670621175) q[4];
rx(pi*-0.005139223466) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000462498374) q[0];
rx(pi*-0.006849155989) q[1];
rx(pi*0.010470596992) q[2];
rx(pi*0.300489125784) q[3];
rx(pi*-0.002358470842) q[4];
rx(pi*-0.004828665674) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
