// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.106034104946) q[0];
ry(pi*-0.081801153467) q[1];
ry(pi*0.003725378755) q[2];
ry(pi*0.006513365035) q[3];
ry(pi*0.017399318755) q[4];
ry(pi*0.073774950741) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007437655641) q[0];
ry(pi*-0.010721583914) q[1];
ry(pi*-0.022801730399) q[2];
ry(pi*-0.020945982231) q[3];
ry(pi*-0.009479665795) q[4];
ry(pi*-0.002427862481) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.071646156275) q[0];
ry(pi*0.031425126446) q[1];
ry(pi*-0.326598282796) q[2];
ry(pi*-0.030755689644) q[3];
ry(pi*-0.050518735286) q[4];
ry(pi*0.054297371433) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.392307358796) q[0];
ry(pi*-0.284189619267) q[1];
ry(pi*-0.281626666672) q[2];
ry(pi*0.019286751412) q[3];
ry(pi*0.007162460086) q[4];
ry(pi*-0.018599764819) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.213043295287) q[0];
ry(pi*-0.350828416822) q[1];
ry(pi*-0.076374497023) q[2];
ry(pi*-0.454609194929) q[3];
ry(pi*-0.51644555367) q[4];
ry(pi*-0.003388725134) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
