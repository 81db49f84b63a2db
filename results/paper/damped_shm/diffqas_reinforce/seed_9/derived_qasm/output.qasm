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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.407242022762) q[0];
ry(pi*0.500030066746) q[1];
ry(pi*0.022308529079) q[2];
ry(pi*-0.035833105235) q[3];
ry(pi*0.047876656847) q[4];
ry(pi*0.039113002391) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.498910978196) q[0];
ry(pi*-0.010677555281) q[1];
ry(pi*-0.010170363932) q[2];
ry(pi*-0.000186558732) q[3];
ry(pi*-0.00277416908) q[4];
ry(pi*0.06975089736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000485964624) q[0];
ry(pi*-0.000521238297) q[1];
ry(pi*0.000439922657) q[2];
ry(pi*-0.000239235176) q[3];
ry(pi*-0.001171973009) q[4];
ry(pi*-0.029730184172) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000243054757) q[0];
ry(pi*-0.000169595224) q[1];
ry(pi*0.001876134682) q[2];
ry(pi*0.00086303835) q[3];
ry(pi*0.011053686447) q[4];
ry(pi*0.000156328845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001890618003) q[0];
ry(pi*-0.001618800042) q[1];
ry(pi*-0.022265842769) q[2];
ry(pi*0.035918686556) q[3];
ry(pi*-0.054297935872) q[4];
ry(pi*0.002312341571) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
