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
ry(pi*0.232649599945) q[0];
ry(pi*0.101613606515) q[1];
ry(pi*0.00120991139) q[2];
ry(pi*0.042360392116) q[3];
ry(pi*-0.002008695491) q[4];
ry(pi*-1.843095e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.093952515346) q[0];
ry(pi*0.015914213886) q[1];
ry(pi*0.048610314027) q[2];
ry(pi*-3.0873811e-05) q[3];
ry(pi*0.000273630618) q[4];
ry(pi*0.00079513837) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005152341935) q[0];
ry(pi*0.000330436563) q[1];
ry(pi*0.005766552625) q[2];
ry(pi*0.000158033428) q[3];
ry(pi*-0.009149382867) q[4];
ry(pi*-0.000577306547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.373425490563) q[0];
ry(pi*0.003308716464) q[1];
ry(pi*0.000241418839) q[2];
ry(pi*1.6651522e-05) q[3];
ry(pi*8.5816406e-05) q[4];
ry(pi*-3.3965723e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00588333048) q[0];
ry(pi*-0.000237571021) q[1];
ry(pi*-0.287029972406) q[2];
ry(pi*-0.001385525514) q[3];
ry(pi*-0.250410311599) q[4];
ry(pi*0.003080163037) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
