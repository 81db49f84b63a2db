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
ry(pi*0.069104538535) q[0];
ry(pi*0.399670037103) q[1];
ry(pi*-0.005616140832) q[2];
ry(pi*-0.008620511596) q[3];
ry(pi*-0.497233749354) q[4];
ry(pi*-0.212620392741) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.121941112745) q[0];
ry(pi*-0.853100417272) q[1];
ry(pi*0.004476375544) q[2];
ry(pi*0.219036615529) q[3];
ry(pi*0.231615395468) q[4];
ry(pi*0.21856888038) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.243464066131) q[0];
ry(pi*-0.002959942518) q[1];
ry(pi*0.050902259894) q[2];
ry(pi*-0.515589806858) q[3];
ry(pi*0.051773583332) q[4];
ry(pi*0.000801963074) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000691443558) q[0];
ry(pi*-0.007462760737) q[1];
ry(pi*0.003021969174) q[2];
ry(pi*0.006443470618) q[3];
ry(pi*0.005264102684) q[4];
ry(pi*-0.361316665584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.39042067082) q[0];
ry(pi*-0.004417155966) q[1];
ry(pi*-0.507611007542) q[2];
ry(pi*-0.002807416153) q[3];
ry(pi*-0.007923121416) q[4];
ry(pi*-0.003435424774) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
