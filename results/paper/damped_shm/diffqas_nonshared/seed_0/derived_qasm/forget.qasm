// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.076866597923) q[0];
rx(pi*-0.087911450185) q[1];
rx(pi*-0.001023858845) q[2];
rx(pi*0.061346273695) q[3];
rx(pi*-0.026626759657) q[4];
rx(pi*-0.004965280426) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.174698973769) q[0];
rx(pi*-0.0322019656) q[1];
rx(pi*-0.058892120322) q[2];
rx(pi*0.055350766844) q[3];
rx(pi*-0.028776175128) q[4];
rx(pi*0.000563298804) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.02381305137) q[0];
rx(pi*-0.144464107393) q[1];
rx(pi*-0.016398801578) q[2];
rx(pi*0.061909527142) q[3];
rx(pi*-0.018320112447) q[4];
rx(pi*0.002894655218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.168777749968) q[0];
rx(pi*-0.094440143421) q[1];
rx(pi*-0.058093068823) q[2];
rx(pi*0.057192854634) q[3];
rx(pi*-0.023842615654) q[4];
rx(pi*-0.000865752417) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096180760213) q[0];
rx(pi*-0.089422771834) q[1];
rx(pi*-0.003416136307) q[2];
rx(pi*0.059469527439) q[3];
rx(pi*-0.019713046523) q[4];
rx(pi*-0.00276739077) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
