// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.020634544578) q[0];
ry(pi*-0.090905757685) q[1];
ry(pi*-0.071115597615) q[2];
ry(pi*0.087222331529) q[3];
ry(pi*-0.207019372003) q[4];
ry(pi*-0.006653950724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.166873455282) q[0];
ry(pi*0.006722362302) q[1];
ry(pi*0.454897542749) q[2];
ry(pi*-0.061760747598) q[3];
ry(pi*-0.100516327139) q[4];
ry(pi*-0.006167324647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.066743451232) q[0];
ry(pi*0.089269092578) q[1];
ry(pi*0.044531676051) q[2];
ry(pi*-0.425027987143) q[3];
ry(pi*-0.207849998897) q[4];
ry(pi*-0.020341413254) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.009059181089) q[0];
ry(pi*-0.067903962033) q[1];
ry(pi*0.07063802984) q[2];
ry(pi*0.096848572472) q[3];
ry(pi*0.4868793723) q[4];
ry(pi*0.298843145058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.008673486472) q[0];
ry(pi*0.137051284114) q[1];
ry(pi*-0.021657348805) q[2];
ry(pi*-0.002817041858) q[3];
ry(pi*-0.0173401641) q[4];
ry(pi*-0.002054677576) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
