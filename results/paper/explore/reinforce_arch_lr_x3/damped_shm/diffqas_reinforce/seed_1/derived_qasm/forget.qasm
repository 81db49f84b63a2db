// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.122522855135) q[0];
ry(pi*0.108241546195) q[1];
ry(pi*0.005931161963) q[2];
ry(pi*-1.277518e-06) q[3];
ry(pi*7.145e-08) q[4];
ry(pi*3.065e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.110907909751) q[0];
ry(pi*-0.107865107908) q[1];
ry(pi*0.000466294999) q[2];
ry(pi*1.8097829e-05) q[3];
ry(pi*2.8878e-08) q[4];
ry(pi*-3.643e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.106810953587) q[0];
ry(pi*0.106260193694) q[1];
ry(pi*-0.010347874145) q[2];
ry(pi*2.88347e-07) q[3];
ry(pi*-0.002121127846) q[4];
ry(pi*-0.00200645893) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.102860068607) q[0];
ry(pi*-0.107929302199) q[1];
ry(pi*-0.009946257836) q[2];
ry(pi*-0.002481357922) q[3];
ry(pi*0.124023703828) q[4];
ry(pi*-0.003122458925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.104487133503) q[0];
ry(pi*0.119807532403) q[1];
ry(pi*0.064861544388) q[2];
ry(pi*0.019205355953) q[3];
ry(pi*-0.012121429998) q[4];
ry(pi*-0.000999325971) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
