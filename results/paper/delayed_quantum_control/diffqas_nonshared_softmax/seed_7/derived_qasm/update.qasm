// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.002794150645) q[0];
ry(pi*-0.504137211276) q[1];
ry(pi*-0.489841435616) q[2];
ry(pi*-4.5290649e-05) q[3];
ry(pi*8.169655e-05) q[4];
ry(pi*-0.000470547748) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018683582861) q[0];
ry(pi*0.002872090989) q[1];
ry(pi*0.00053749231) q[2];
ry(pi*0.496164331458) q[3];
ry(pi*5.45091e-06) q[4];
ry(pi*-0.004525931176) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.501316494931) q[0];
ry(pi*-0.000193900666) q[1];
ry(pi*0.000103485537) q[2];
ry(pi*-0.000346501589) q[3];
ry(pi*-0.001319553713) q[4];
ry(pi*-0.498251143977) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.757247e-05) q[0];
ry(pi*0.208422899986) q[1];
ry(pi*3.5091148e-05) q[2];
ry(pi*0.018615806277) q[3];
ry(pi*-1.7724938e-05) q[4];
ry(pi*-0.236619211027) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.513473510689) q[0];
ry(pi*-0.503087714765) q[1];
ry(pi*-0.016533799793) q[2];
ry(pi*0.483742000796) q[3];
ry(pi*0.000345758946) q[4];
ry(pi*0.002311180528) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
