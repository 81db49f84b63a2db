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
rx(pi*0.091231273117) q[0];
rx(pi*0.055519064602) q[1];
rx(pi*0.001827081236) q[2];
rx(pi*-0.005661352297) q[3];
rx(pi*0.011877982372) q[4];
rx(pi*-0.000746454299) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.129912171179) q[0];
rx(pi*0.054834262247) q[1];
rx(pi*-0.00461990112) q[2];
rx(pi*-0.006791966198) q[3];
rx(pi*-0.000741073005) q[4];
rx(pi*-0.002300263045) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.063877537058) q[0];
rx(pi*0.052581442929) q[1];
rx(pi*0.008199822933) q[2];
rx(pi*0.004461979379) q[3];
rx(pi*-0.005192603292) q[4];
rx(pi*0.001503331603) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.133570818927) q[0];
rx(pi*0.055766848687) q[1];
rx(pi*-0.001079172853) q[2];
rx(pi*0.001694754473) q[3];
rx(pi*0.002290443018) q[4];
rx(pi*-0.003920529176) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082239395479) q[0];
rx(pi*0.055118350685) q[1];
rx(pi*0.006038543565) q[2];
rx(pi*-0.005495653805) q[3];
rx(pi*-0.006778682903) q[4];
rx(pi*0.000252973743) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
