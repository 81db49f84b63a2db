// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.000649993737) q[0];
ry(pi*-0.000215794606) q[1];
ry(pi*-0.501390868102) q[2];
ry(pi*0.054703943186) q[3];
ry(pi*0.002839475057) q[4];
ry(pi*0.000116480665) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.794941963618) q[0];
ry(pi*0.001584536297) q[1];
ry(pi*0.001308385879) q[2];
ry(pi*-0.001266956661) q[3];
ry(pi*-0.000142730165) q[4];
ry(pi*-0.000307074403) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003679002837) q[0];
ry(pi*-8.8930975e-05) q[1];
ry(pi*0.001562067524) q[2];
ry(pi*-2.6966129e-05) q[3];
ry(pi*0.001414090171) q[4];
ry(pi*-0.000675674388) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.067216607843) q[0];
ry(pi*-0.001854748838) q[1];
ry(pi*0.000247419304) q[2];
ry(pi*0.000332963273) q[3];
ry(pi*0.000273332298) q[4];
ry(pi*0.00014771255) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001048609239) q[0];
ry(pi*1.1143792e-05) q[1];
ry(pi*-0.447560591488) q[2];
ry(pi*-0.004934372931) q[3];
ry(pi*-0.00136860123) q[4];
ry(pi*0.002488640493) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
