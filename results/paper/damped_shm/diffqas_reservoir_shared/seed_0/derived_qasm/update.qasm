// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.308393457065) q[0];
rx(pi*1.946959235072) q[1];
rx(pi*1.898915836233) q[2];
rx(pi*0.938336093418) q[3];
rx(pi*1.452355336221) q[4];
rx(pi*0.519619390795) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.404449300075) q[0];
rx(pi*0.716157021688) q[1];
rx(pi*1.649121702561) q[2];
rx(pi*0.755821979255) q[3];
rx(pi*1.268176021939) q[4];
rx(pi*0.045346394296) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.765794814354) q[0];
rx(pi*1.17576287945) q[1];
rx(pi*0.411960317441) q[2];
rx(pi*0.985429261162) q[3];
rx(pi*0.718961193798) q[4];
rx(pi*1.241876302649) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.382369016153) q[0];
rx(pi*1.86249514263) q[1];
rx(pi*0.793967143841) q[2];
rx(pi*0.743289948166) q[3];
rx(pi*0.642214304426) q[4];
rx(pi*0.157727424069) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.981873995917) q[0];
rx(pi*0.453901852949) q[1];
rx(pi*0.041572648375) q[2];
rx(pi*1.410541525251) q[3];
rx(pi*1.177350594868) q[4];
rx(pi*1.248296149232) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
