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
rx(pi*0.17142644041) q[0];
rx(pi*0.001436876145) q[1];
rx(pi*-0.002327760337) q[2];
rx(pi*-0.000187467126) q[3];
rx(pi*-0.001140817905) q[4];
rx(pi*0.006161881247) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00165132778) q[0];
rx(pi*-0.005237345181) q[1];
rx(pi*-0.005572557466) q[2];
rx(pi*0.007520232747) q[3];
rx(pi*0.002253190472) q[4];
rx(pi*0.003318581107) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.161065688512) q[0];
rx(pi*-0.002384214193) q[1];
rx(pi*-0.002098863919) q[2];
rx(pi*-0.000937808022) q[3];
rx(pi*0.00455933833) q[4];
rx(pi*0.001899044423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001493870575) q[0];
rx(pi*0.004521346293) q[1];
rx(pi*-0.007432227657) q[2];
rx(pi*-0.001076610643) q[3];
rx(pi*0.000762320259) q[4];
rx(pi*0.001110964212) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.167161878992) q[0];
rx(pi*0.00339035264) q[1];
rx(pi*-0.005133585596) q[2];
rx(pi*-9.6235733e-05) q[3];
rx(pi*0.002417843685) q[4];
rx(pi*-0.000829645795) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
