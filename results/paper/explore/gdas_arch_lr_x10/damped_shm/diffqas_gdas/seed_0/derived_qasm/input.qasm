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
rx(pi*0.007787048869) q[0];
rx(pi*0.032648662343) q[1];
rx(pi*0.033416041211) q[2];
rx(pi*-0.002052411963) q[3];
rx(pi*0.026070348257) q[4];
rx(pi*0.018079070802) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.026464817769) q[0];
rx(pi*0.002123297854) q[1];
rx(pi*0.028250862433) q[2];
rx(pi*0.021343077097) q[3];
rx(pi*0.003919999125) q[4];
rx(pi*0.013421603939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.029191180268) q[0];
rx(pi*0.026850353488) q[1];
rx(pi*-0.000850431849) q[2];
rx(pi*0.027215410498) q[3];
rx(pi*0.004747125844) q[4];
rx(pi*0.022651888381) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.007320382123) q[0];
rx(pi*0.021045961496) q[1];
rx(pi*0.035067478974) q[2];
rx(pi*0.02462750874) q[3];
rx(pi*0.028845179012) q[4];
rx(pi*0.026110584712) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.02647422588) q[0];
rx(pi*-0.00025564601) q[1];
rx(pi*0.003431675284) q[2];
rx(pi*-0.002572754984) q[3];
rx(pi*0.004354610821) q[4];
rx(pi*-0.00066748535) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
