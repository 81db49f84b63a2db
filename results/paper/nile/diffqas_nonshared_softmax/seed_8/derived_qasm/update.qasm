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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029834859193) q[0];
ry(pi*0.003072423342) q[1];
ry(pi*0.00533310301) q[2];
ry(pi*-0.069078531641) q[3];
ry(pi*-0.02835734698) q[4];
ry(pi*0.023425547228) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031674584875) q[0];
ry(pi*0.031607506726) q[1];
ry(pi*-0.1082588778) q[2];
ry(pi*0.02682039552) q[3];
ry(pi*0.017267936035) q[4];
ry(pi*-0.024416830607) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.057976955607) q[0];
ry(pi*-0.132140235805) q[1];
ry(pi*-0.238204194369) q[2];
ry(pi*0.011212557121) q[3];
ry(pi*0.0163617229) q[4];
ry(pi*0.082548110543) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.075774868076) q[0];
ry(pi*0.300651475586) q[1];
ry(pi*-0.138884971719) q[2];
ry(pi*-0.479364684339) q[3];
ry(pi*-0.485398814961) q[4];
ry(pi*-0.081762904407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017114056379) q[0];
ry(pi*-0.017266548653) q[1];
ry(pi*0.001027028628) q[2];
ry(pi*0.016035001512) q[3];
ry(pi*0.005949833518) q[4];
ry(pi*0.003149530664) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
