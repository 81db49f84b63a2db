// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*0.006583149173) q[0];
rx(pi*-0.328661227598) q[1];
rx(pi*0.006232762247) q[2];
rx(pi*-0.005008337002) q[3];
rx(pi*-0.002291449315) q[4];
rx(pi*0.000867686896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000496207018) q[0];
rx(pi*0.004684655108) q[1];
rx(pi*-0.021234650215) q[2];
rx(pi*-0.006841658196) q[3];
rx(pi*-0.000281060357) q[4];
rx(pi*7.2130037e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001066507507) q[0];
rx(pi*-0.343823981937) q[1];
rx(pi*0.010934414268) q[2];
rx(pi*-0.010215351874) q[3];
rx(pi*-0.001932802574) q[4];
rx(pi*0.003176026106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001045998411) q[0];
rx(pi*-0.004797753139) q[1];
rx(pi*-0.018264251935) q[2];
rx(pi*-0.006877464514) q[3];
rx(pi*0.005209478365) q[4];
rx(pi*0.001528496285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002294289891) q[0];
rx(pi*-0.327722835497) q[1];
rx(pi*0.0079001887) q[2];
rx(pi*-0.008168495962) q[3];
rx(pi*0.006789031351) q[4];
rx(pi*-0.001143945369) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
