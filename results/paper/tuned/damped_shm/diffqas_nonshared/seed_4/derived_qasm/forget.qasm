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
ry(pi*0.02617563752) q[0];
ry(pi*0.053907571588) q[1];
ry(pi*-0.090952734208) q[2];
ry(pi*-0.063837585195) q[3];
ry(pi*0.000387015594) q[4];
ry(pi*0.001001637978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.073581533065) q[0];
ry(pi*-0.147958052717) q[1];
ry(pi*-0.15804682079) q[2];
ry(pi*-0.128591155676) q[3];
ry(pi*0.025322639385) q[4];
ry(pi*0.00417364994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.086029163886) q[0];
ry(pi*0.019821752066) q[1];
ry(pi*0.150553154633) q[2];
ry(pi*0.070090120602) q[3];
ry(pi*-0.051018999211) q[4];
ry(pi*-0.002162746643) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.119989234408) q[0];
ry(pi*0.057062535573) q[1];
ry(pi*0.247975614778) q[2];
ry(pi*-0.030942390968) q[3];
ry(pi*-0.301685547253) q[4];
ry(pi*0.02538802896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.25215016948) q[0];
ry(pi*0.113536887508) q[1];
ry(pi*-0.133578019084) q[2];
ry(pi*0.29887285638) q[3];
ry(pi*-0.093853866544) q[4];
ry(pi*-0.005810723554) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
