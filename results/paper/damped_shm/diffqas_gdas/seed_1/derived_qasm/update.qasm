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
rz(pi*-0.136495314956) q[0];
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
rx(pi*0.179492931765) q[0];
rx(pi*0.032515653896) q[1];
rx(pi*-0.096480548599) q[2];
rx(pi*-0.000201046018) q[3];
rx(pi*-0.001156835128) q[4];
rx(pi*0.006138745167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0062825248) q[0];
rx(pi*-0.052824151804) q[1];
rx(pi*-0.09947914394) q[2];
rx(pi*0.007528548739) q[3];
rx(pi*0.002248959105) q[4];
rx(pi*0.003324893103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143383922462) q[0];
rx(pi*0.02877254659) q[1];
rx(pi*-0.09620449512) q[2];
rx(pi*-0.000918016408) q[3];
rx(pi*0.004544993747) q[4];
rx(pi*0.001893534767) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00629120661) q[0];
rx(pi*-0.043062393267) q[1];
rx(pi*-0.101360301361) q[2];
rx(pi*-0.001053157585) q[3];
rx(pi*0.000755113728) q[4];
rx(pi*0.001121370764) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.175225107035) q[0];
rx(pi*0.034507785289) q[1];
rx(pi*-0.099206799634) q[2];
rx(pi*-7.0746375e-05) q[3];
rx(pi*0.00240072078) q[4];
rx(pi*-0.000829757038) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
