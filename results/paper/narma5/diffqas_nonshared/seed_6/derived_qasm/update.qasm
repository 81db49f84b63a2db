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
rx(pi*0.001560004534) q[0];
rx(pi*0.002370793494) q[1];
rx(pi*-0.00337107781) q[2];
rx(pi*-0.001565969536) q[3];
rx(pi*-0.00200352438) q[4];
rx(pi*-0.001189840817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001420545797) q[0];
rx(pi*-0.003512701961) q[1];
rx(pi*-0.006316586811) q[2];
rx(pi*0.006376596426) q[3];
rx(pi*-0.001468888655) q[4];
rx(pi*0.001247216555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001594772836) q[0];
rx(pi*0.000312157506) q[1];
rx(pi*0.000512781158) q[2];
rx(pi*-0.000812353099) q[3];
rx(pi*0.007818767153) q[4];
rx(pi*0.001739150406) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001235356957) q[0];
rx(pi*0.000132361772) q[1];
rx(pi*-0.000472696448) q[2];
rx(pi*-0.001083352194) q[3];
rx(pi*0.003166385579) q[4];
rx(pi*0.003133055204) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000154451877) q[0];
rx(pi*0.000657662062) q[1];
rx(pi*-0.004518770446) q[2];
rx(pi*0.001245359745) q[3];
rx(pi*-0.00079888445) q[4];
rx(pi*-0.003096160325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
