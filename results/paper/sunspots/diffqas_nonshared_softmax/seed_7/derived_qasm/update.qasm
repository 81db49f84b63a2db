// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.062058287714) q[0];
ry(pi*-0.115976621593) q[1];
ry(pi*0.167570760678) q[2];
ry(pi*-0.060877613625) q[3];
ry(pi*-0.018531965705) q[4];
ry(pi*0.003778885164) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.180496476282) q[0];
ry(pi*-0.119570344598) q[1];
ry(pi*-0.020924149342) q[2];
ry(pi*-0.024970386608) q[3];
ry(pi*0.055513021782) q[4];
ry(pi*-0.01303421719) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.084405011306) q[0];
ry(pi*0.0566760275) q[1];
ry(pi*0.104181482538) q[2];
ry(pi*0.001907530725) q[3];
ry(pi*0.028191944937) q[4];
ry(pi*0.037750038142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028419750719) q[0];
ry(pi*0.049882944281) q[1];
ry(pi*0.085227688619) q[2];
ry(pi*-0.179147400084) q[3];
ry(pi*-0.087085025754) q[4];
ry(pi*0.087249064131) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028348064563) q[0];
ry(pi*-0.060040725724) q[1];
ry(pi*0.094630563403) q[2];
ry(pi*-0.010248109509) q[3];
ry(pi*-0.019683835606) q[4];
ry(pi*0.002312624087) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
