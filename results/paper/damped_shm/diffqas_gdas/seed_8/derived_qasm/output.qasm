// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002825873968) q[0];
rx(pi*-0.000169698499) q[1];
rx(pi*-0.003578454686) q[2];
rx(pi*0.002868497432) q[3];
rx(pi*-0.000111680865) q[4];
rx(pi*0.00667130308) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001647401162) q[0];
rx(pi*-0.000270198904) q[1];
rx(pi*0.000493061581) q[2];
rx(pi*-0.001958822067) q[3];
rx(pi*9.7410793e-05) q[4];
rx(pi*0.003144461383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002440676497) q[0];
rx(pi*-0.001865007758) q[1];
rx(pi*0.000724545815) q[2];
rx(pi*-0.00121772038) q[3];
rx(pi*0.003428647945) q[4];
rx(pi*-0.006364102279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002318979364) q[0];
rx(pi*0.000564001574) q[1];
rx(pi*-1.1152187e-05) q[2];
rx(pi*0.002399871749) q[3];
rx(pi*-0.000140805691) q[4];
rx(pi*-0.005559803036) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*5.5335501e-05) q[0];
rx(pi*0.001732855752) q[1];
rx(pi*0.000279510151) q[2];
rx(pi*-0.001834548642) q[3];
rx(pi*-0.00327268188) q[4];
rx(pi*0.003035687359) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
