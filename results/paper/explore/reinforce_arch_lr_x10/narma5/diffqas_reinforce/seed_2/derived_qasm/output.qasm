// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000681394746) q[0];
rz(pi*0.00265212866) q[1];
rz(pi*8.6283563e-05) q[2];
rz(pi*-0.001867557073) q[3];
rz(pi*0.006992699647) q[4];
rz(pi*-0.001620300075) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000435491261) q[0];
rz(pi*-0.002104060673) q[1];
rz(pi*0.003858082156) q[2];
rz(pi*-0.006844205287) q[3];
rz(pi*-0.002875518238) q[4];
rz(pi*-0.001476694754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000985753786) q[0];
rz(pi*0.001083029954) q[1];
rz(pi*0.003143048506) q[2];
rz(pi*-0.000411396093) q[3];
rz(pi*-0.002362338615) q[4];
rz(pi*-0.000219327335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002793183924) q[0];
rz(pi*-0.001724697322) q[1];
rz(pi*-0.001543738664) q[2];
rz(pi*0.000958876591) q[3];
rz(pi*0.002638516306) q[4];
rz(pi*-0.003527199808) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001913861101) q[0];
rz(pi*-9.4192902e-05) q[1];
rz(pi*2.8907969e-05) q[2];
rz(pi*-0.000826403975) q[3];
rz(pi*0.001823280905) q[4];
rz(pi*-0.000708311072) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
