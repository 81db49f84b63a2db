// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022727556442) q[0];
ry(pi*0.014706675572) q[1];
ry(pi*0.011786098541) q[2];
ry(pi*-0.018066306886) q[3];
ry(pi*0.004242894243) q[4];
ry(pi*-0.002268277216) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.046157612069) q[0];
ry(pi*0.001315407723) q[1];
ry(pi*0.009314391225) q[2];
ry(pi*-0.000432112629) q[3];
ry(pi*-0.003534355202) q[4];
ry(pi*0.001723801601) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000817599879) q[0];
ry(pi*-0.001169611717) q[1];
ry(pi*-7.1658211e-05) q[2];
ry(pi*-0.001142140735) q[3];
ry(pi*0.000919119643) q[4];
ry(pi*-0.006574933973) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.037804689142) q[0];
ry(pi*0.001131170336) q[1];
ry(pi*-0.001812762147) q[2];
ry(pi*0.000345066478) q[3];
ry(pi*-0.00324654692) q[4];
ry(pi*-0.384167822362) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.22517196576) q[0];
ry(pi*6.8110487e-05) q[1];
ry(pi*-0.002069970648) q[2];
ry(pi*-6.5216458e-05) q[3];
ry(pi*-0.006867866675) q[4];
ry(pi*-0.000797465866) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
