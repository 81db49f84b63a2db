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
rx(pi*0.00160626039) q[0];
rx(pi*0.002364894451) q[1];
rx(pi*-0.003341710665) q[2];
rx(pi*-0.00156955835) q[3];
rx(pi*-0.001988154083) q[4];
rx(pi*-0.001189924489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001356475273) q[0];
rx(pi*-0.003483595987) q[1];
rx(pi*-0.006253364279) q[2];
rx(pi*0.006368086556) q[3];
rx(pi*-0.001455021948) q[4];
rx(pi*0.001247201139) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00153726703) q[0];
rx(pi*0.000322716618) q[1];
rx(pi*0.000539008462) q[2];
rx(pi*-0.000809189913) q[3];
rx(pi*0.007834217492) q[4];
rx(pi*0.0017391467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001306342307) q[0];
rx(pi*0.00013943642) q[1];
rx(pi*-0.000434958356) q[2];
rx(pi*-0.00108384341) q[3];
rx(pi*0.003180294381) q[4];
rx(pi*0.00313305224) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00012405319) q[0];
rx(pi*0.000654446774) q[1];
rx(pi*-0.004489325334) q[2];
rx(pi*0.001241855123) q[3];
rx(pi*-0.000783425736) q[4];
rx(pi*-0.003096160325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
