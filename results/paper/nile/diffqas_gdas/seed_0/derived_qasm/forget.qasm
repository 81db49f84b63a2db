// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-8.067e-09) q[0];
rx(pi*-0.003037714479) q[1];
rx(pi*-0.002228880454) q[2];
rx(pi*6.0e-12) q[3];
rx(pi*0.003683771222) q[4];
rx(pi*-0.003122610114) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00320238281) q[0];
rx(pi*1.4e-10) q[1];
rx(pi*-0.002394119153) q[2];
rx(pi*-0.002942423557) q[3];
rx(pi*-8.1e-11) q[4];
rx(pi*7.4577554e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002978245291) q[0];
rx(pi*-0.003605076415) q[1];
rx(pi*-1.75e-10) q[2];
rx(pi*-0.003268198679) q[3];
rx(pi*-9.127e-09) q[4];
rx(pi*0.002528880801) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-9.262e-09) q[0];
rx(pi*-0.002971440893) q[1];
rx(pi*-0.004680568852) q[2];
rx(pi*-0.003060825361) q[3];
rx(pi*0.002434416824) q[4];
rx(pi*-0.003119127132) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002928734127) q[0];
rx(pi*1.0e-11) q[1];
rx(pi*-0.001342427435) q[2];
rx(pi*-0.002933953411) q[3];
rx(pi*-0.00145699126) q[4];
rx(pi*0.000700901992) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
