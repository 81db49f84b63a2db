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
ry(pi*0.006417016086) q[0];
ry(pi*-0.267459184731) q[1];
ry(pi*-0.000176899194) q[2];
ry(pi*0.001132203165) q[3];
ry(pi*0.004106295499) q[4];
ry(pi*-0.005834808864) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.335006359501) q[0];
ry(pi*0.001163739874) q[1];
ry(pi*-0.497783048346) q[2];
ry(pi*0.505190578228) q[3];
ry(pi*-0.025530654219) q[4];
ry(pi*0.000542504376) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.065720611431) q[0];
ry(pi*0.000945418984) q[1];
ry(pi*-6.3580179e-05) q[2];
ry(pi*-9.4659003e-05) q[3];
ry(pi*-0.000238446677) q[4];
ry(pi*-0.151531607691) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.063824731158) q[0];
ry(pi*0.124155336751) q[1];
ry(pi*-0.001493079649) q[2];
ry(pi*-0.124097868298) q[3];
ry(pi*0.309531081989) q[4];
ry(pi*0.000546091411) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000551229765) q[0];
ry(pi*-0.015771258975) q[1];
ry(pi*-0.086282744145) q[2];
ry(pi*0.022158478361) q[3];
ry(pi*0.040556264051) q[4];
ry(pi*0.006143207913) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
