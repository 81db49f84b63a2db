// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.003236811825) q[0];
ry(pi*0.005386466235) q[1];
ry(pi*-1.837787e-06) q[2];
ry(pi*0.028721851409) q[3];
ry(pi*2.6573969e-05) q[4];
ry(pi*0.000113664824) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.235132961863) q[0];
ry(pi*0.010261989259) q[1];
ry(pi*-5.48705e-07) q[2];
ry(pi*-8.1411542e-05) q[3];
ry(pi*0.000417598589) q[4];
ry(pi*-0.001796126308) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.000758e-05) q[0];
ry(pi*0.000108125671) q[1];
ry(pi*-0.013567868408) q[2];
ry(pi*0.000230001469) q[3];
ry(pi*-0.046890002819) q[4];
ry(pi*-2.300255e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004662232284) q[0];
ry(pi*-0.001179427965) q[1];
ry(pi*7.823611e-06) q[2];
ry(pi*-0.000180012652) q[3];
ry(pi*-7.9685679e-05) q[4];
ry(pi*1.3823643e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-9.59614e-06) q[0];
ry(pi*-0.000976663913) q[1];
ry(pi*0.007949587213) q[2];
ry(pi*-0.000926433711) q[3];
ry(pi*0.005902734265) q[4];
ry(pi*-0.004055076195) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
