// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.003701143145) q[0];
rx(pi*0.000139755946) q[1];
rx(pi*-0.001105272462) q[2];
rx(pi*0.000407120703) q[3];
rx(pi*0.002317195037) q[4];
rx(pi*0.007025936937) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001673984502) q[0];
rx(pi*0.003684445644) q[1];
rx(pi*-0.002758438004) q[2];
rx(pi*0.003039488727) q[3];
rx(pi*0.003821224036) q[4];
rx(pi*-0.00437669421) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003443878022) q[0];
rx(pi*-0.000327099879) q[1];
rx(pi*0.004430494697) q[2];
rx(pi*-0.001206342216) q[3];
rx(pi*0.00124964729) q[4];
rx(pi*0.004482773214) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001596909345) q[0];
rx(pi*0.003139885393) q[1];
rx(pi*0.00265956568) q[2];
rx(pi*-0.001502850169) q[3];
rx(pi*-0.00280242632) q[4];
rx(pi*0.006422300589) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001928636721) q[0];
rx(pi*0.002477564706) q[1];
rx(pi*0.001734100394) q[2];
rx(pi*-0.005679427989) q[3];
rx(pi*0.001347347602) q[4];
rx(pi*-4.5242587e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
