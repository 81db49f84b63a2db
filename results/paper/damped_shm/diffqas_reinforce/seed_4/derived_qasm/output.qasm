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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.168927976184) q[0];
ry(pi*0.013439194047) q[1];
ry(pi*-0.041803134057) q[2];
ry(pi*-0.006936192283) q[3];
ry(pi*0.000129493876) q[4];
ry(pi*-1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043342592291) q[0];
ry(pi*0.009239591761) q[1];
ry(pi*0.003779519565) q[2];
ry(pi*-0.001015858941) q[3];
ry(pi*-1.2e-11) q[4];
ry(pi*-1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.038825778707) q[0];
ry(pi*-0.002431396007) q[1];
ry(pi*0.003975189663) q[2];
ry(pi*1.0e-12) q[3];
ry(pi*-0.005489555252) q[4];
ry(pi*-8.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021367409646) q[0];
ry(pi*0.001891197561) q[1];
ry(pi*4.7e-11) q[2];
ry(pi*-2.0e-11) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000436615989) q[0];
ry(pi*-1.0e-12) q[1];
ry(pi*-0.059074823139) q[2];
ry(pi*-0.000327506793) q[3];
ry(pi*-0.007572904652) q[4];
ry(pi*-0.005427571878) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
