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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.508503485594) q[0];
ry(pi*0.025814870723) q[1];
ry(pi*0.245970404047) q[2];
ry(pi*0.151324226072) q[3];
ry(pi*0.238104113125) q[4];
ry(pi*0.372977923445) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025454734769) q[0];
ry(pi*-0.223396268358) q[1];
ry(pi*-0.138556913939) q[2];
ry(pi*-0.321143959343) q[3];
ry(pi*-0.071196454723) q[4];
ry(pi*0.047337076646) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.059596919953) q[0];
ry(pi*0.16014019788) q[1];
ry(pi*0.005401818152) q[2];
ry(pi*-0.000792897955) q[3];
ry(pi*0.080084584633) q[4];
ry(pi*-0.014044142479) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044268348542) q[0];
ry(pi*-0.353107005875) q[1];
ry(pi*0.011829038612) q[2];
ry(pi*0.739742955039) q[3];
ry(pi*0.784181835381) q[4];
ry(pi*-0.185096931224) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027340931826) q[0];
ry(pi*-0.068023684814) q[1];
ry(pi*-0.116860960336) q[2];
ry(pi*0.416848342321) q[3];
ry(pi*0.007032793807) q[4];
ry(pi*0.006415676136) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
