// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.078180925534) q[0];
ry(pi*-0.126911365513) q[1];
ry(pi*0.169824191867) q[2];
ry(pi*-0.054475421184) q[3];
ry(pi*-0.015193728535) q[4];
ry(pi*0.051863741829) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.084817488327) q[0];
ry(pi*-0.121398805211) q[1];
ry(pi*-0.029425778294) q[2];
ry(pi*-0.119397730539) q[3];
ry(pi*0.092042566781) q[4];
ry(pi*0.066314970698) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.092645425839) q[0];
ry(pi*0.076520933433) q[1];
ry(pi*0.021323672719) q[2];
ry(pi*0.020667661509) q[3];
ry(pi*-0.008242793242) q[4];
ry(pi*0.044974865207) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.04168186974) q[0];
ry(pi*-0.080986406762) q[1];
ry(pi*0.082078942952) q[2];
ry(pi*-0.168505244393) q[3];
ry(pi*-0.075820919677) q[4];
ry(pi*0.038033045133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03824436834) q[0];
ry(pi*0.114848691743) q[1];
ry(pi*0.101542335388) q[2];
ry(pi*0.011019018494) q[3];
ry(pi*-0.045311631479) q[4];
ry(pi*0.002217592855) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
