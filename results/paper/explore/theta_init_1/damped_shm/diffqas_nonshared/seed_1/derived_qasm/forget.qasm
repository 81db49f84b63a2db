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
rx(pi*0.000318742495) q[0];
rx(pi*-1.56192e-07) q[1];
rx(pi*-0.02165842788) q[2];
rx(pi*-0.095601104825) q[3];
rx(pi*-0.39207820595) q[4];
rx(pi*-0.284749353269) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.6753e-08) q[0];
rx(pi*0.002481287664) q[1];
rx(pi*0.500159916231) q[2];
rx(pi*-0.00685985899) q[3];
rx(pi*0.536731405232) q[4];
rx(pi*-0.008053166557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003097544149) q[0];
rx(pi*0.000138100287) q[1];
rx(pi*-0.499986808881) q[2];
rx(pi*0.004220191868) q[3];
rx(pi*-0.054656117633) q[4];
rx(pi*-0.352373139994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000157355708) q[0];
rx(pi*-1.000000710846) q[1];
rx(pi*0.501856003984) q[2];
rx(pi*-0.507107660546) q[3];
rx(pi*-0.036731972359) q[4];
rx(pi*-0.344875185996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082772624553) q[0];
rx(pi*3.221131e-06) q[1];
rx(pi*0.478639887431) q[2];
rx(pi*-0.386183562968) q[3];
rx(pi*-0.553265016483) q[4];
rx(pi*-0.120639942735) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
