// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.036264929715) q[0];
rx(pi*-0.04875214006) q[1];
rx(pi*-0.00268767766) q[2];
rx(pi*3.5503011e-05) q[3];
rx(pi*0.0100038923) q[4];
rx(pi*0.003283188928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.076149589329) q[0];
rx(pi*-0.055488779354) q[1];
rx(pi*-0.001609043899) q[2];
rx(pi*0.008739133958) q[3];
rx(pi*0.011061209141) q[4];
rx(pi*0.003149999943) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.151806684073) q[0];
rx(pi*-0.053479072082) q[1];
rx(pi*0.008591710372) q[2];
rx(pi*-0.002109911839) q[3];
rx(pi*0.006939152625) q[4];
rx(pi*0.001976544836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.084299750502) q[0];
rx(pi*-0.053382287352) q[1];
rx(pi*0.000193424995) q[2];
rx(pi*0.012844673512) q[3];
rx(pi*0.009220011292) q[4];
rx(pi*0.000643275087) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.149443732698) q[0];
rx(pi*-0.055903580537) q[1];
rx(pi*0.003213356173) q[2];
rx(pi*0.004687652505) q[3];
rx(pi*0.01189434281) q[4];
rx(pi*0.003707817994) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
