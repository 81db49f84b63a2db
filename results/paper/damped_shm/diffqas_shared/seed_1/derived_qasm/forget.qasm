// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.041041757692) q[0];
ry(pi*-0.012957594563) q[1];
ry(pi*-0.039130692107) q[2];
ry(pi*-0.189192711078) q[3];
ry(pi*0.089860549014) q[4];
ry(pi*-0.103457738618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00337209552) q[0];
ry(pi*0.052962263921) q[1];
ry(pi*-0.017239682056) q[2];
ry(pi*-0.148139242458) q[3];
ry(pi*-0.019864872379) q[4];
ry(pi*-0.027186372708) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002545584527) q[0];
ry(pi*-4.8470062e-05) q[1];
ry(pi*0.016326915023) q[2];
ry(pi*-0.340226293629) q[3];
ry(pi*-0.06047854085) q[4];
ry(pi*-0.062497302866) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052852762707) q[0];
ry(pi*0.044444126307) q[1];
ry(pi*0.018837619042) q[2];
ry(pi*-0.185582519729) q[3];
ry(pi*0.054035514312) q[4];
ry(pi*0.017577276014) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00066263937) q[0];
ry(pi*-0.007028855776) q[1];
ry(pi*0.005205830854) q[2];
ry(pi*-0.142555354111) q[3];
ry(pi*-0.052625952995) q[4];
ry(pi*0.000691711548) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
