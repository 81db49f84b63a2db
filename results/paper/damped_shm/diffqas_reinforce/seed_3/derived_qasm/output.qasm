// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000183544992) q[0];
rx(pi*0.006086235124) q[1];
rx(pi*-0.002007347537) q[2];
rx(pi*0.000571723816) q[3];
rx(pi*1.52049e-07) q[4];
rx(pi*2.2214271e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003311110291) q[0];
rx(pi*-0.234673517805) q[1];
rx(pi*-0.00010620229) q[2];
rx(pi*3.821026e-06) q[3];
rx(pi*5.2602165e-05) q[4];
rx(pi*7.3150369e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001328155927) q[0];
rx(pi*0.000285614836) q[1];
rx(pi*-1.127424e-06) q[2];
rx(pi*1.06277e-06) q[3];
rx(pi*7.814885e-06) q[4];
rx(pi*-2.5099702e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*2.4247984e-05) q[0];
rx(pi*-8.0653428e-05) q[1];
rx(pi*-0.002571186768) q[2];
rx(pi*0.006143501991) q[3];
rx(pi*0.000503850145) q[4];
rx(pi*-1.221139e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.598311e-06) q[0];
rx(pi*2.12205e-07) q[1];
rx(pi*7.4933506e-05) q[2];
rx(pi*5.4941219e-05) q[3];
rx(pi*-1.4384006e-05) q[4];
rx(pi*0.002071081295) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
