// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
ry(pi*0.498718253025) q[0];
ry(pi*-0.018318466561) q[1];
ry(pi*-0.000394679139) q[2];
ry(pi*4.4699e-07) q[3];
ry(pi*0.001736256765) q[4];
ry(pi*0.001169719995) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003539335252) q[0];
ry(pi*0.000656785017) q[1];
ry(pi*3.484033e-06) q[2];
ry(pi*-0.002250230724) q[3];
ry(pi*1.3620148e-05) q[4];
ry(pi*7.8554022e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004305532177) q[0];
ry(pi*-3.043398e-06) q[1];
ry(pi*-5.6189196e-05) q[2];
ry(pi*3.81386e-07) q[3];
ry(pi*6.6680769e-05) q[4];
ry(pi*-0.000364033667) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-9.1175392e-05) q[0];
ry(pi*-0.015992693471) q[1];
ry(pi*8.5256015e-05) q[2];
ry(pi*8.0423143e-05) q[3];
ry(pi*6.05514e-07) q[4];
ry(pi*-5.633735e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018619884232) q[0];
ry(pi*-0.000221580034) q[1];
ry(pi*0.09043142002) q[2];
ry(pi*0.499885418518) q[3];
ry(pi*-0.00033139691) q[4];
ry(pi*0.003080270056) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
