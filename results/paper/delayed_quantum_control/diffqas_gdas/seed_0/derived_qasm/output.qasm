// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001341545944) q[0];
ry(pi*0.000146054398) q[1];
ry(pi*-6.5914818e-05) q[2];
ry(pi*0.000110300728) q[3];
ry(pi*5.572894e-05) q[4];
ry(pi*-0.11498507734) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001363090981) q[0];
ry(pi*-5.5735045e-05) q[1];
ry(pi*-0.002749503323) q[2];
ry(pi*1.000825494134) q[3];
ry(pi*-4.6364096e-05) q[4];
ry(pi*-4.7358586e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00121672357) q[0];
ry(pi*-0.000590370136) q[1];
ry(pi*-0.027660098502) q[2];
ry(pi*-0.000592075311) q[3];
ry(pi*-0.261132076939) q[4];
ry(pi*0.000271202347) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.497359462781) q[0];
ry(pi*0.500389182914) q[1];
ry(pi*0.500576368043) q[2];
ry(pi*-0.317169149729) q[3];
ry(pi*0.271887120479) q[4];
ry(pi*0.003835884338) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.493966718092) q[0];
ry(pi*0.027643343194) q[1];
ry(pi*0.130278079591) q[2];
ry(pi*0.297424913195) q[3];
ry(pi*0.236158192231) q[4];
ry(pi*0.000638811081) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
