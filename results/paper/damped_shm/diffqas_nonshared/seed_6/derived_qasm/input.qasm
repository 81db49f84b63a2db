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
ry(pi*0.090872242326) q[0];
ry(pi*-0.02205755283) q[1];
ry(pi*0.002508672157) q[2];
ry(pi*0.015292507775) q[3];
ry(pi*-0.432535958752) q[4];
ry(pi*0.570440058388) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007227370006) q[0];
ry(pi*0.021452386211) q[1];
ry(pi*-0.033160364463) q[2];
ry(pi*-0.002263798906) q[3];
ry(pi*0.003432609692) q[4];
ry(pi*-0.007991594062) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.069767655039) q[0];
ry(pi*-0.000478208587) q[1];
ry(pi*-0.594847663496) q[2];
ry(pi*0.000263634055) q[3];
ry(pi*-0.373598635859) q[4];
ry(pi*-0.008243719942) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.497393120435) q[0];
ry(pi*-0.025008920259) q[1];
ry(pi*0.00210764341) q[2];
ry(pi*0.092594778089) q[3];
ry(pi*0.004140407907) q[4];
ry(pi*-0.012808886167) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.049522893705) q[0];
ry(pi*-0.318720304662) q[1];
ry(pi*-0.410377496992) q[2];
ry(pi*-0.473705493157) q[3];
ry(pi*-0.024956481956) q[4];
ry(pi*0.004094827956) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
