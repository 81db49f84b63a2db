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
rx(pi*0.091269285017) q[0];
rx(pi*-0.001475435438) q[1];
rx(pi*0.00392952137) q[2];
rx(pi*-0.000199933037) q[3];
rx(pi*-0.001148887696) q[4];
rx(pi*0.006158746001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.116934669461) q[0];
rx(pi*-0.007839783029) q[1];
rx(pi*0.000676469539) q[2];
rx(pi*0.007521433959) q[3];
rx(pi*0.002261064607) q[4];
rx(pi*0.003324297536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.085376994657) q[0];
rx(pi*-0.00528978467) q[1];
rx(pi*0.004176814238) q[2];
rx(pi*-0.000930299187) q[3];
rx(pi*0.004559218861) q[4];
rx(pi*0.001897012412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.119332388396) q[0];
rx(pi*0.001901526888) q[1];
rx(pi*-0.001196926767) q[2];
rx(pi*-0.001077958375) q[3];
rx(pi*0.000756866409) q[4];
rx(pi*0.00111848913) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.087004429522) q[0];
rx(pi*0.000492894161) q[1];
rx(pi*0.001155064289) q[2];
rx(pi*-9.9413918e-05) q[3];
rx(pi*0.002407694154) q[4];
rx(pi*-0.000829411749) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
