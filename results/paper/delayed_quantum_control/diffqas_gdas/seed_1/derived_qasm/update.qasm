// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.038201169765) q[0];
ry(pi*0.003382607905) q[1];
ry(pi*-0.000463700809) q[2];
ry(pi*0.00420129264) q[3];
ry(pi*0.501271074173) q[4];
ry(pi*-0.02552205245) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000444609852) q[0];
ry(pi*0.491887608509) q[1];
ry(pi*0.017760499396) q[2];
ry(pi*0.027273483708) q[3];
ry(pi*-0.446878900663) q[4];
ry(pi*-0.512435321935) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.504923517831) q[0];
ry(pi*0.500377988993) q[1];
ry(pi*0.000296192736) q[2];
ry(pi*0.033272263358) q[3];
ry(pi*-0.502123064381) q[4];
ry(pi*-0.002977057715) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000478977502) q[0];
ry(pi*-0.00030668335) q[1];
ry(pi*-0.000223782929) q[2];
ry(pi*0.001929201605) q[3];
ry(pi*-0.500120870317) q[4];
ry(pi*5.4797214e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.505953055012) q[0];
ry(pi*-0.55319849803) q[1];
ry(pi*0.00639439227) q[2];
ry(pi*0.010473537768) q[3];
ry(pi*0.499945144727) q[4];
ry(pi*0.002701648124) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
