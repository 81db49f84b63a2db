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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.063332241317) q[0];
rx(pi*-0.070964669407) q[1];
rx(pi*0.004729226539) q[2];
rx(pi*-0.014790001508) q[3];
rx(pi*-0.009919065738) q[4];
rx(pi*0.002500199936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.140848034491) q[0];
rx(pi*-0.084836536966) q[1];
rx(pi*-0.007895389188) q[2];
rx(pi*-0.028190114067) q[3];
rx(pi*-0.004645474309) q[4];
rx(pi*-0.003575493751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.106094163179) q[0];
rx(pi*-0.078465303306) q[1];
rx(pi*-0.003793883121) q[2];
rx(pi*-0.014653853071) q[3];
rx(pi*-0.016978231664) q[4];
rx(pi*-0.002777229029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.136654421664) q[0];
rx(pi*-0.062160593513) q[1];
rx(pi*-0.003180674133) q[2];
rx(pi*-0.029362591929) q[3];
rx(pi*-0.016639159018) q[4];
rx(pi*0.008677685971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.075790169597) q[0];
rx(pi*-0.069692987791) q[1];
rx(pi*0.002194443138) q[2];
rx(pi*-0.010733929243) q[3];
rx(pi*-0.012598227006) q[4];
rx(pi*0.005903694761) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
