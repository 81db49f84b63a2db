// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.091142120176) q[0];
rx(pi*0.055447698612) q[1];
rx(pi*0.001826644862) q[2];
rx(pi*-0.005661432931) q[3];
rx(pi*0.011877676437) q[4];
rx(pi*-0.000747011105) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.129949234442) q[0];
rx(pi*0.054763584019) q[1];
rx(pi*-0.004619626904) q[2];
rx(pi*-0.006792781433) q[3];
rx(pi*-0.000741306385) q[4];
rx(pi*-0.002300554899) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.063788251308) q[0];
rx(pi*0.052509650052) q[1];
rx(pi*0.008200167999) q[2];
rx(pi*0.004461794098) q[3];
rx(pi*-0.005191942803) q[4];
rx(pi*0.001502633169) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.133608337535) q[0];
rx(pi*0.055696094568) q[1];
rx(pi*-0.001079023443) q[2];
rx(pi*0.001694627148) q[3];
rx(pi*0.002290471625) q[4];
rx(pi*-0.003920843116) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082150565075) q[0];
rx(pi*0.055047169679) q[1];
rx(pi*0.0060386325) q[2];
rx(pi*-0.00549560163) q[3];
rx(pi*-0.006778702469) q[4];
rx(pi*0.000252950342) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
