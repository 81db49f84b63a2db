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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.081345295258) q[0];
ry(pi*-0.27386878603) q[1];
ry(pi*0.499876501326) q[2];
ry(pi*-0.499015214472) q[3];
ry(pi*-1.6901405e-05) q[4];
ry(pi*-0.255651229585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.476517899438) q[0];
ry(pi*-0.004083809236) q[1];
ry(pi*0.499802052264) q[2];
ry(pi*0.134246059017) q[3];
ry(pi*-0.134151081442) q[4];
ry(pi*-0.244348955083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.390249384854) q[0];
ry(pi*0.017210628851) q[1];
ry(pi*-0.415365204688) q[2];
ry(pi*7.488699e-06) q[3];
ry(pi*0.018038324455) q[4];
ry(pi*0.009039941537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.057610653511) q[0];
ry(pi*-0.006514809335) q[1];
ry(pi*0.032530867668) q[2];
ry(pi*0.030902211432) q[3];
ry(pi*-0.015411603269) q[4];
ry(pi*0.027683470556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.234539551234) q[0];
ry(pi*0.001859928694) q[1];
ry(pi*0.092564734743) q[2];
ry(pi*-0.011789169754) q[3];
ry(pi*0.016758751361) q[4];
ry(pi*0.005546461044) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
