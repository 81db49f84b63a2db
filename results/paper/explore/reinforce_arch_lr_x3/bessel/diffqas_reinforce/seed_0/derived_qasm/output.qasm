// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.077620978088) q[0];
ry(pi*-0.070655238122) q[1];
ry(pi*0.489108442481) q[2];
ry(pi*0.006902730878) q[3];
ry(pi*0.005850931549) q[4];
ry(pi*2.9518e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.090995517754) q[0];
ry(pi*0.064385603526) q[1];
ry(pi*-0.024948373478) q[2];
ry(pi*-0.00324963681) q[3];
ry(pi*0.201433757136) q[4];
ry(pi*5.21391e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.042764829435) q[0];
ry(pi*-0.110234225426) q[1];
ry(pi*0.123772400298) q[2];
ry(pi*0.187272687984) q[3];
ry(pi*-0.120187888562) q[4];
ry(pi*6.66216e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.059798125942) q[0];
ry(pi*0.087551613052) q[1];
ry(pi*0.170306194522) q[2];
ry(pi*-0.142441631461) q[3];
ry(pi*0.058800861405) q[4];
ry(pi*0.009199152535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004559392284) q[0];
ry(pi*-0.145241231138) q[1];
ry(pi*-0.053884880182) q[2];
ry(pi*-0.083663831431) q[3];
ry(pi*0.055926902787) q[4];
ry(pi*-0.001741407866) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
