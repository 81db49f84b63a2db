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
ry(pi*0.151322964384) q[0];
ry(pi*0.024740363387) q[1];
ry(pi*-0.002010142756) q[2];
ry(pi*-0.001206828763) q[3];
ry(pi*0.001746918412) q[4];
ry(pi*-0.043327727144) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.474326395298) q[0];
ry(pi*0.188242081555) q[1];
ry(pi*0.001429763588) q[2];
ry(pi*0.028721566817) q[3];
ry(pi*-0.001786418339) q[4];
ry(pi*0.445400847727) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009902698779) q[0];
ry(pi*-0.003252587665) q[1];
ry(pi*-0.000883364611) q[2];
ry(pi*0.000102188794) q[3];
ry(pi*0.003024607571) q[4];
ry(pi*0.023453138347) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001028969481) q[0];
ry(pi*-0.209707639596) q[1];
ry(pi*0.382685936931) q[2];
ry(pi*-0.149233410304) q[3];
ry(pi*-0.001123451837) q[4];
ry(pi*-0.000639907053) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000425480913) q[0];
ry(pi*-0.145206435119) q[1];
ry(pi*0.463495726385) q[2];
ry(pi*0.0015034487) q[3];
ry(pi*0.513007008769) q[4];
ry(pi*0.002304156905) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
