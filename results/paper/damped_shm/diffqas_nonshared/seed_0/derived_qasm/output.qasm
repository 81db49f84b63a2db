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
rx(pi*-0.094426625338) q[0];
rx(pi*0.003124355903) q[1];
rx(pi*0.002958932219) q[2];
rx(pi*0.001055976149) q[3];
rx(pi*-0.005044008732) q[4];
rx(pi*-0.002041771661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.089354147406) q[0];
rx(pi*0.005648446678) q[1];
rx(pi*-0.00036581907) q[2];
rx(pi*-0.005212013598) q[3];
rx(pi*-0.006304009065) q[4];
rx(pi*-0.004981671398) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.115867091921) q[0];
rx(pi*0.003730789842) q[1];
rx(pi*-0.007438214151) q[2];
rx(pi*0.00212379159) q[3];
rx(pi*-0.00645812173) q[4];
rx(pi*0.001435712137) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.086453053015) q[0];
rx(pi*0.00208060843) q[1];
rx(pi*0.002544567113) q[2];
rx(pi*-0.002691326356) q[3];
rx(pi*-0.004381501134) q[4];
rx(pi*-0.001895311387) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.114054871979) q[0];
rx(pi*0.006993957185) q[1];
rx(pi*-8.819061e-06) q[2];
rx(pi*0.001971755551) q[3];
rx(pi*-0.010131447269) q[4];
rx(pi*-0.002586277217) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
