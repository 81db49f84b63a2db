// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.0628834552) q[0];
ry(pi*-0.004418765389) q[1];
ry(pi*-0.001084459506) q[2];
ry(pi*0.000109408434) q[3];
ry(pi*0.000199095957) q[4];
ry(pi*0.002459747369) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.248528954964) q[0];
ry(pi*0.003280643023) q[1];
ry(pi*0.247980301047) q[2];
ry(pi*-0.001360540036) q[3];
ry(pi*-0.000142285158) q[4];
ry(pi*-0.028156861955) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.050494545033) q[0];
ry(pi*-0.502875713282) q[1];
ry(pi*0.500071199663) q[2];
ry(pi*0.015199894678) q[3];
ry(pi*-0.034820510717) q[4];
ry(pi*-0.187837525656) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000696772529) q[0];
ry(pi*0.1883766932) q[1];
ry(pi*-0.002175233676) q[2];
ry(pi*-0.502398321004) q[3];
ry(pi*0.19106680115) q[4];
ry(pi*0.491511378922) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.510823093727) q[0];
ry(pi*-0.490786582015) q[1];
ry(pi*0.002556968768) q[2];
ry(pi*-0.001360806692) q[3];
ry(pi*0.043326038569) q[4];
ry(pi*-0.002662036288) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
