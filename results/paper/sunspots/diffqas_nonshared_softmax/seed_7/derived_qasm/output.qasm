// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.129940193928) q[0];
ry(pi*-0.089122812693) q[1];
ry(pi*-0.150097106697) q[2];
ry(pi*-0.046531266105) q[3];
ry(pi*0.092660129719) q[4];
ry(pi*-0.097358835035) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.04170035394) q[0];
ry(pi*0.432763404051) q[1];
ry(pi*-0.121115627466) q[2];
ry(pi*0.504072020915) q[3];
ry(pi*-0.123609585664) q[4];
ry(pi*0.026782777304) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.053982120257) q[0];
ry(pi*-0.162692354981) q[1];
ry(pi*-0.069948522243) q[2];
ry(pi*0.125020531991) q[3];
ry(pi*0.265508805241) q[4];
ry(pi*-0.171653145772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010029248192) q[0];
ry(pi*0.004676451469) q[1];
ry(pi*0.45810974277) q[2];
ry(pi*0.001539540054) q[3];
ry(pi*0.462661380833) q[4];
ry(pi*-0.212247824894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.934528262955) q[0];
ry(pi*0.066053545207) q[1];
ry(pi*0.130590570232) q[2];
ry(pi*-0.037637235671) q[3];
ry(pi*-0.439673202871) q[4];
ry(pi*0.00256392317) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
