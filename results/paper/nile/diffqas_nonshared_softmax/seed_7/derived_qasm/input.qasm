// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.209343856132) q[0];
ry(pi*-0.13978893777) q[1];
ry(pi*-0.008349542814) q[2];
ry(pi*0.010860584192) q[3];
ry(pi*-0.01696206214) q[4];
ry(pi*0.242500421303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.075448736029) q[0];
ry(pi*6.0897703e-05) q[1];
ry(pi*0.006879509421) q[2];
ry(pi*0.017563865839) q[3];
ry(pi*0.001024230741) q[4];
ry(pi*0.231235333386) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00141456286) q[0];
ry(pi*0.030113085052) q[1];
ry(pi*0.002571640335) q[2];
ry(pi*-0.027642240403) q[3];
ry(pi*0.006372615706) q[4];
ry(pi*0.024639378565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007349697983) q[0];
ry(pi*-0.104078033631) q[1];
ry(pi*-0.021990799588) q[2];
ry(pi*-0.036597363086) q[3];
ry(pi*-0.005294513627) q[4];
ry(pi*-0.00295208869) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004857125092) q[0];
ry(pi*0.022986420611) q[1];
ry(pi*0.00347244179) q[2];
ry(pi*0.0050585466) q[3];
ry(pi*0.004671629427) q[4];
ry(pi*0.000718962195) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
