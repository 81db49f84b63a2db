// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.223553154008) q[0];
ry(pi*0.007581065305) q[1];
ry(pi*0.074764687841) q[2];
ry(pi*0.106161924347) q[3];
ry(pi*-0.115415701794) q[4];
ry(pi*0.052639101109) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.05003882912) q[0];
ry(pi*0.287328736264) q[1];
ry(pi*-0.50977507709) q[2];
ry(pi*-0.191487787449) q[3];
ry(pi*-0.078209209157) q[4];
ry(pi*-0.026445977831) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008232501119) q[0];
ry(pi*0.205803370658) q[1];
ry(pi*-0.615110406252) q[2];
ry(pi*0.030112179103) q[3];
ry(pi*-0.159565665134) q[4];
ry(pi*-0.032830122445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00474841688) q[0];
ry(pi*-0.2094070923) q[1];
ry(pi*-0.669900400335) q[2];
ry(pi*-0.161430382668) q[3];
ry(pi*-0.29495027874) q[4];
ry(pi*0.065659263051) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.017326021102) q[0];
ry(pi*-0.134717351556) q[1];
ry(pi*-0.031898565277) q[2];
ry(pi*-0.291277154786) q[3];
ry(pi*-0.093120370632) q[4];
ry(pi*-0.002096930033) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
