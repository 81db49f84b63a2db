// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.267995923764) q[0];
rx(pi*0.078651995143) q[1];
rx(pi*0.002707403092) q[2];
rx(pi*-0.097438084202) q[3];
rx(pi*0.056484440694) q[4];
rx(pi*-0.001067880066) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.057083429311) q[0];
rx(pi*-0.034698904891) q[1];
rx(pi*-0.12682485927) q[2];
rx(pi*-0.082609534814) q[3];
rx(pi*0.058628427588) q[4];
rx(pi*0.001636165887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.027924410222) q[0];
rx(pi*-0.095125514959) q[1];
rx(pi*0.040776679948) q[2];
rx(pi*-0.088745530119) q[3];
rx(pi*0.05345373872) q[4];
rx(pi*-0.000573781543) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.056305755356) q[0];
rx(pi*0.085281808381) q[1];
rx(pi*-0.111229649606) q[2];
rx(pi*-0.081247329475) q[3];
rx(pi*0.062453039445) q[4];
rx(pi*0.00081523377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.202213726794) q[0];
rx(pi*0.074612920089) q[1];
rx(pi*-0.000548486276) q[2];
rx(pi*-0.091680500351) q[3];
rx(pi*0.059601056012) q[4];
rx(pi*-0.005922446357) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
