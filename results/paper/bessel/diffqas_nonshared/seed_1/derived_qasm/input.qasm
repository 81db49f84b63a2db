// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.2968642685) q[0];
ry(pi*-0.160635690158) q[1];
ry(pi*-0.089949977061) q[2];
ry(pi*-0.08397064922) q[3];
ry(pi*-0.103111542891) q[4];
ry(pi*5.7293e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.158265671435) q[0];
ry(pi*-0.287133525663) q[1];
ry(pi*-0.223995674376) q[2];
ry(pi*-0.032571917579) q[3];
ry(pi*-0.010968333984) q[4];
ry(pi*-1.6526e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.084545096588) q[0];
ry(pi*-0.067040075912) q[1];
ry(pi*-0.033323843144) q[2];
ry(pi*-0.173985579482) q[3];
ry(pi*-0.094174003203) q[4];
ry(pi*3.0979e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000309408829) q[0];
ry(pi*-0.010536019769) q[1];
ry(pi*-0.114666572338) q[2];
ry(pi*-0.182135987301) q[3];
ry(pi*-0.182344839307) q[4];
ry(pi*3.2452e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023329782284) q[0];
ry(pi*-0.088939241873) q[1];
ry(pi*-0.142742795372) q[2];
ry(pi*-0.161664923775) q[3];
ry(pi*-0.173578462262) q[4];
ry(pi*0.001376710597) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
