// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*0.001741189828) q[0];
rx(pi*-0.000216321915) q[1];
rx(pi*0.002969606761) q[2];
rx(pi*0.004287144027) q[3];
rx(pi*-0.003966944818) q[4];
rx(pi*0.002368170956) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001767515405) q[0];
rx(pi*-0.001369119868) q[1];
rx(pi*0.00198315921) q[2];
rx(pi*-0.002051129524) q[3];
rx(pi*-0.003429018507) q[4];
rx(pi*-0.000196780096) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001356473939) q[0];
rx(pi*-6.3881973e-05) q[1];
rx(pi*-0.001747658497) q[2];
rx(pi*0.001415561449) q[3];
rx(pi*-0.003296820847) q[4];
rx(pi*-0.000968051323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002290967436) q[0];
rx(pi*0.001488763497) q[1];
rx(pi*-0.003423595265) q[2];
rx(pi*-0.001638556453) q[3];
rx(pi*0.003764357968) q[4];
rx(pi*-0.0020952213) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005284628826) q[0];
rx(pi*0.000379936795) q[1];
rx(pi*0.000218674387) q[2];
rx(pi*0.002336366998) q[3];
rx(pi*-0.002929611616) q[4];
rx(pi*0.000607814095) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
