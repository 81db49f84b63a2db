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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.469252133927) q[0];
rx(pi*-0.002347691357) q[1];
rx(pi*-0.003343439853) q[2];
rx(pi*0.391831408448) q[3];
rx(pi*-0.099210338051) q[4];
rx(pi*0.185421915419) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.006032485922) q[0];
rx(pi*-0.1469834701) q[1];
rx(pi*-0.004741579576) q[2];
rx(pi*0.161243330349) q[3];
rx(pi*-0.094815841771) q[4];
rx(pi*0.010095069397) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00025418924) q[0];
rx(pi*0.001020008785) q[1];
rx(pi*-0.002535866626) q[2];
rx(pi*-0.101748142269) q[3];
rx(pi*0.004305081574) q[4];
rx(pi*0.32956137064) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.006024203132) q[0];
rx(pi*0.349023880844) q[1];
rx(pi*0.001555458931) q[2];
rx(pi*0.00496430748) q[3];
rx(pi*-0.001220521158) q[4];
rx(pi*0.159274433457) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.238935271256) q[0];
rx(pi*0.004159205157) q[1];
rx(pi*-0.503376442039) q[2];
rx(pi*-0.372212790476) q[3];
rx(pi*-0.005414870217) q[4];
rx(pi*0.006229461582) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
