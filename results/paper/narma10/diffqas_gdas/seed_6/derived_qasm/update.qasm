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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.002066488556) q[0];
rx(pi*-0.001423065763) q[1];
rx(pi*0.002233360542) q[2];
rx(pi*-0.003910829656) q[3];
rx(pi*-0.004556252887) q[4];
rx(pi*0.005881924718) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000301316674) q[0];
rx(pi*-0.001592289481) q[1];
rx(pi*-0.000961194453) q[2];
rx(pi*-0.003754790071) q[3];
rx(pi*-5.4950228e-05) q[4];
rx(pi*0.001081172255) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001811101439) q[0];
rx(pi*0.002126200536) q[1];
rx(pi*0.000855429611) q[2];
rx(pi*-0.00131240158) q[3];
rx(pi*0.00387991801) q[4];
rx(pi*-0.005782482026) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00029392086) q[0];
rx(pi*-0.000999701498) q[1];
rx(pi*-0.002666461088) q[2];
rx(pi*-0.005963612476) q[3];
rx(pi*2.0355322e-05) q[4];
rx(pi*-0.001322081831) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000247242417) q[0];
rx(pi*0.001889669069) q[1];
rx(pi*-0.004115857764) q[2];
rx(pi*0.005642591214) q[3];
rx(pi*0.002150125912) q[4];
rx(pi*-0.001969601996) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
