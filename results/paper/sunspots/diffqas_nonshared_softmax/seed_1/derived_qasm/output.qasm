// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.498232133284) q[0];
ry(pi*0.763918106043) q[1];
ry(pi*0.13995307101) q[2];
ry(pi*0.080462844303) q[3];
ry(pi*0.061691392719) q[4];
ry(pi*0.462145056477) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0487705958) q[0];
ry(pi*0.331226722542) q[1];
ry(pi*0.464834747026) q[2];
ry(pi*-0.356576476355) q[3];
ry(pi*0.007143439314) q[4];
ry(pi*-0.002131998637) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02237897252) q[0];
ry(pi*-0.510598304612) q[1];
ry(pi*-0.018393720779) q[2];
ry(pi*-0.517272575742) q[3];
ry(pi*-0.02080708986) q[4];
ry(pi*-0.014279115216) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.050181167416) q[0];
ry(pi*0.0072872729) q[1];
ry(pi*0.14696296056) q[2];
ry(pi*-0.247308134541) q[3];
ry(pi*-0.48343399721) q[4];
ry(pi*-0.017560150738) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002949867989) q[0];
ry(pi*0.496949006357) q[1];
ry(pi*0.138236587553) q[2];
ry(pi*0.248786510014) q[3];
ry(pi*0.001903665917) q[4];
ry(pi*3.7632132e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
