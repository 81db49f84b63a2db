// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001524267141) q[0];
rx(pi*-0.000687534727) q[1];
rx(pi*0.00526889271) q[2];
rx(pi*0.003772079877) q[3];
rx(pi*-0.003965314644) q[4];
rx(pi*0.002368384548) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003714562213) q[0];
rx(pi*-0.001453115631) q[1];
rx(pi*0.006174805839) q[2];
rx(pi*-0.002565269642) q[3];
rx(pi*-0.003428540631) q[4];
rx(pi*-0.00019610358) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001060142965) q[0];
rx(pi*0.000848250872) q[1];
rx(pi*0.000551175218) q[2];
rx(pi*0.000900129183) q[3];
rx(pi*-0.003296302951) q[4];
rx(pi*-0.00096730479) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001287522082) q[0];
rx(pi*0.001447840763) q[1];
rx(pi*0.000767801753) q[2];
rx(pi*-0.002153323265) q[3];
rx(pi*0.00376499652) q[4];
rx(pi*-0.002095215667) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.008550023688) q[0];
rx(pi*-9.1908826e-05) q[1];
rx(pi*0.002516504937) q[2];
rx(pi*0.001820330939) q[3];
rx(pi*-0.002928878794) q[4];
rx(pi*0.000607786043) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
