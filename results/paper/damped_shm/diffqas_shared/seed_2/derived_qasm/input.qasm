// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.109791069472) q[0];
ry(pi*0.002730936414) q[1];
ry(pi*0.08368198835) q[2];
ry(pi*0.016283297862) q[3];
ry(pi*0.074011237341) q[4];
ry(pi*-0.166006609412) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015453906568) q[0];
ry(pi*0.035378238352) q[1];
ry(pi*-0.063337463566) q[2];
ry(pi*0.025715942073) q[3];
ry(pi*-0.035906714752) q[4];
ry(pi*0.01241103832) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.061564299025) q[0];
ry(pi*0.250033474884) q[1];
ry(pi*-0.095099674076) q[2];
ry(pi*-0.028687382669) q[3];
ry(pi*-0.118129326465) q[4];
ry(pi*0.013080143098) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036133899177) q[0];
ry(pi*0.101266632905) q[1];
ry(pi*-0.004586415999) q[2];
ry(pi*0.020556070921) q[3];
ry(pi*-0.030286797158) q[4];
ry(pi*0.092915464957) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.21231125079) q[0];
ry(pi*-0.112189850881) q[1];
ry(pi*-0.226520188184) q[2];
ry(pi*-0.474762920277) q[3];
ry(pi*-0.168497655294) q[4];
ry(pi*-0.001785762741) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
