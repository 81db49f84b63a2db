// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.00379785139) q[0];
rx(pi*0.007400564512) q[1];
rx(pi*-0.004897579437) q[2];
rx(pi*0.00276626367) q[3];
rx(pi*0.001812980482) q[4];
rx(pi*-0.000741577784) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005437628621) q[0];
rx(pi*-0.000964567452) q[1];
rx(pi*0.004130738327) q[2];
rx(pi*0.002748219105) q[3];
rx(pi*0.002738252187) q[4];
rx(pi*0.004750208323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000886635409) q[0];
rx(pi*0.00033943613) q[1];
rx(pi*0.002779680367) q[2];
rx(pi*0.002236324886) q[3];
rx(pi*0.0043854863) q[4];
rx(pi*0.001520515576) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00111168525) q[0];
rx(pi*0.003732024552) q[1];
rx(pi*2.5754308e-05) q[2];
rx(pi*-0.003435460347) q[3];
rx(pi*-0.000111237461) q[4];
rx(pi*0.000316563742) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002905838467) q[0];
rx(pi*0.002591632868) q[1];
rx(pi*-0.001591655228) q[2];
rx(pi*0.000753249952) q[3];
rx(pi*-0.000948972965) q[4];
rx(pi*-0.001571975745) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
