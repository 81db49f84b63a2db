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
rx(pi*0.001573709232) q[0];
rx(pi*0.002376564173) q[1];
rx(pi*-0.003382993585) q[2];
rx(pi*-0.001565963459) q[3];
rx(pi*-0.002003533718) q[4];
rx(pi*-0.001189839853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001401122447) q[0];
rx(pi*-0.00350972739) q[1];
rx(pi*-0.006328526005) q[2];
rx(pi*0.006376598797) q[3];
rx(pi*-0.001468889247) q[4];
rx(pi*0.001247233304) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001582396379) q[0];
rx(pi*0.000317924036) q[1];
rx(pi*0.000500856379) q[2];
rx(pi*-0.000812352729) q[3];
rx(pi*0.007818761224) q[4];
rx(pi*0.001739148775) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001255825587) q[0];
rx(pi*0.000135331275) q[1];
rx(pi*-0.000484630084) q[2];
rx(pi*-0.001083363904) q[3];
rx(pi*0.003166376982) q[4];
rx(pi*0.003133052536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000140733006) q[0];
rx(pi*0.000663438745) q[1];
rx(pi*-0.004530692446) q[2];
rx(pi*0.001245357967) q[3];
rx(pi*-0.000798897271) q[4];
rx(pi*-0.003096160325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
