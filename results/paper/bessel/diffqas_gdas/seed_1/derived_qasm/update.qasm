// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*-0.311359827194) q[0];
rx(pi*-6.0471335e-05) q[1];
rx(pi*0.014943359414) q[2];
rx(pi*-0.001282608585) q[3];
rx(pi*-0.001496561296) q[4];
rx(pi*-0.005236550697) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005004853131) q[0];
rx(pi*-0.005804939237) q[1];
rx(pi*0.031795692667) q[2];
rx(pi*-0.001804699767) q[3];
rx(pi*-0.002060254378) q[4];
rx(pi*0.005345808229) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.375635132651) q[0];
rx(pi*0.012769260397) q[1];
rx(pi*0.014432219361) q[2];
rx(pi*-0.001307070534) q[3];
rx(pi*-0.002799452935) q[4];
rx(pi*0.004896975273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006335984666) q[0];
rx(pi*-0.006007415215) q[1];
rx(pi*0.033626237911) q[2];
rx(pi*-0.000525356977) q[3];
rx(pi*-0.004993852495) q[4];
rx(pi*-0.003931397004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.307777127356) q[0];
rx(pi*-0.000906090257) q[1];
rx(pi*0.018208391422) q[2];
rx(pi*0.00242211611) q[3];
rx(pi*0.001844566698) q[4];
rx(pi*0.002423854488) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
