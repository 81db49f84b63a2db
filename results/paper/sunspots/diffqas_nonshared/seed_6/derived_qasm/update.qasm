// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.040891095103) q[0];
ry(pi*-0.129254490367) q[1];
ry(pi*0.200695072177) q[2];
ry(pi*0.055722006598) q[3];
ry(pi*-0.116606469385) q[4];
ry(pi*0.057410002474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007463842183) q[0];
ry(pi*-0.138859282619) q[1];
ry(pi*0.134711327709) q[2];
ry(pi*0.070663884952) q[3];
ry(pi*0.107401708032) q[4];
ry(pi*-0.005059288316) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.087449757856) q[0];
ry(pi*-0.082003886762) q[1];
ry(pi*0.386802757562) q[2];
ry(pi*-0.536669667911) q[3];
ry(pi*-0.120244892183) q[4];
ry(pi*0.042810819376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.061844635602) q[0];
ry(pi*-0.327227229382) q[1];
ry(pi*0.155020601128) q[2];
ry(pi*-0.007447465145) q[3];
ry(pi*0.430838922362) q[4];
ry(pi*0.568031695741) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.314863562456) q[0];
ry(pi*0.34916037079) q[1];
ry(pi*-0.011955239401) q[2];
ry(pi*0.045932623741) q[3];
ry(pi*0.061058993093) q[4];
ry(pi*-0.003039089114) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
