// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.00865142591) q[0];
ry(pi*-0.185384178624) q[1];
ry(pi*-0.090413395909) q[2];
ry(pi*0.001106641094) q[3];
ry(pi*-6.3417095e-05) q[4];
ry(pi*-0.001294851492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.18415713514) q[0];
ry(pi*0.061773919428) q[1];
ry(pi*0.119757558186) q[2];
ry(pi*0.000504125324) q[3];
ry(pi*0.111752984392) q[4];
ry(pi*0.0012968128) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.029481849878) q[0];
ry(pi*0.101389965252) q[1];
ry(pi*0.231700317487) q[2];
ry(pi*-0.0024127747) q[3];
ry(pi*-0.000142308707) q[4];
ry(pi*0.000348254011) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030983431393) q[0];
ry(pi*0.365470141564) q[1];
ry(pi*0.028656506894) q[2];
ry(pi*-0.500470803675) q[3];
ry(pi*0.514283039888) q[4];
ry(pi*-0.489234193853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.258397136386) q[0];
ry(pi*0.010836012112) q[1];
ry(pi*0.503742160724) q[2];
ry(pi*8.2675119e-05) q[3];
ry(pi*-0.00568286265) q[4];
ry(pi*0.002058132691) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
