// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rx(pi*-5.4311e-08) q[0];
rx(pi*-0.139419471967) q[1];
rx(pi*-0.004087264648) q[2];
rx(pi*-0.001225651507) q[3];
rx(pi*-0.000511566865) q[4];
rx(pi*0.004678183918) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.213268255156) q[0];
rx(pi*0.005108069621) q[1];
rx(pi*0.000478275363) q[2];
rx(pi*-0.000334293441) q[3];
rx(pi*0.044141202674) q[4];
rx(pi*0.000795886533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00058399922) q[0];
rx(pi*0.009082771922) q[1];
rx(pi*0.013410745598) q[2];
rx(pi*-0.004656290553) q[3];
rx(pi*-0.000809835282) q[4];
rx(pi*0.000135809327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000289376498) q[0];
rx(pi*0.210198142043) q[1];
rx(pi*0.425234524475) q[2];
rx(pi*0.833952133716) q[3];
rx(pi*0.054076452759) q[4];
rx(pi*0.000873861413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-5.81138e-07) q[0];
rx(pi*-0.224746160383) q[1];
rx(pi*0.000756413361) q[2];
rx(pi*0.002339091663) q[3];
rx(pi*0.000893098149) q[4];
rx(pi*-0.001016696485) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
