// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.049816748365) q[0];
ry(pi*-0.490222408389) q[1];
ry(pi*-0.02774095561) q[2];
ry(pi*0.012855158327) q[3];
ry(pi*-0.549382205722) q[4];
ry(pi*0.063686405598) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001714894341) q[0];
ry(pi*0.490118096223) q[1];
ry(pi*-0.255398664368) q[2];
ry(pi*0.008625747482) q[3];
ry(pi*0.531926898388) q[4];
ry(pi*0.463686174827) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.143631611683) q[0];
ry(pi*-0.063038177957) q[1];
ry(pi*0.476733885198) q[2];
ry(pi*-0.01469709552) q[3];
ry(pi*-0.003114051033) q[4];
ry(pi*-0.167146681821) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.521150681262) q[0];
ry(pi*0.483641369342) q[1];
ry(pi*-0.156729580863) q[2];
ry(pi*-0.038717916265) q[3];
ry(pi*0.488637614774) q[4];
ry(pi*0.034197886799) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000763987786) q[0];
ry(pi*-0.463472010451) q[1];
ry(pi*0.277028412568) q[2];
ry(pi*-0.102321413327) q[3];
ry(pi*0.162975712968) q[4];
ry(pi*-0.0024541971) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
