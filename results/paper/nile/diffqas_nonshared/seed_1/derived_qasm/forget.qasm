// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.176285968222) q[0];
rx(pi*0.059906863503) q[1];
rx(pi*-0.001328039422) q[2];
rx(pi*0.004887909561) q[3];
rx(pi*-0.003025537236) q[4];
rx(pi*-0.006103237077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.01356843759) q[0];
rx(pi*0.069333098483) q[1];
rx(pi*-0.001210680749) q[2];
rx(pi*0.002580303173) q[3];
rx(pi*-0.00183579951) q[4];
rx(pi*0.007156146311) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.178883887591) q[0];
rx(pi*0.063500671884) q[1];
rx(pi*0.001243392509) q[2];
rx(pi*-0.003462882786) q[3];
rx(pi*8.4692706e-05) q[4];
rx(pi*0.000797511816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006976792777) q[0];
rx(pi*0.057488345693) q[1];
rx(pi*0.001332919421) q[2];
rx(pi*0.005107566844) q[3];
rx(pi*0.001911813823) q[4];
rx(pi*0.00560312197) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.175008988466) q[0];
rx(pi*0.065374591202) q[1];
rx(pi*0.003526401174) q[2];
rx(pi*0.001521466733) q[3];
rx(pi*0.000839516516) q[4];
rx(pi*-0.000659416374) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
