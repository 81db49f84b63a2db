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
rx(pi*0.01756286977) q[0];
rx(pi*0.047632150304) q[1];
rx(pi*0.048402761654) q[2];
rx(pi*-0.008989360784) q[3];
rx(pi*0.047939134105) q[4];
rx(pi*0.039744903983) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.041789625461) q[0];
rx(pi*-0.005800157512) q[1];
rx(pi*0.042777066858) q[2];
rx(pi*0.04318874228) q[3];
rx(pi*-0.002914211971) q[4];
rx(pi*0.023717820035) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.044036264406) q[0];
rx(pi*0.042037641962) q[1];
rx(pi*-0.000476328729) q[2];
rx(pi*0.049140554894) q[3];
rx(pi*0.01420555313) q[4];
rx(pi*0.044384921847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.01045258474) q[0];
rx(pi*0.042445726792) q[1];
rx(pi*0.050866970584) q[2];
rx(pi*0.039637126918) q[3];
rx(pi*0.044651190132) q[4];
rx(pi*0.048044560921) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.048477343525) q[0];
rx(pi*-0.000398030608) q[1];
rx(pi*0.014643981313) q[2];
rx(pi*-0.001553587892) q[3];
rx(pi*-0.003854924676) q[4];
rx(pi*-0.000667565095) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
