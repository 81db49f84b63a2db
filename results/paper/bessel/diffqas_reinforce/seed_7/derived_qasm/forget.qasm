// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.107876150047) q[0];
ry(pi*0.137662804231) q[1];
ry(pi*0.187042510609) q[2];
ry(pi*0.104114641548) q[3];
ry(pi*-0.08166573548) q[4];
ry(pi*-0.012662833955) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.04370806433) q[0];
ry(pi*0.010007211345) q[1];
ry(pi*0.006845558281) q[2];
ry(pi*-0.372993063698) q[3];
ry(pi*-0.033022067362) q[4];
ry(pi*0.000795130069) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.150791623099) q[0];
ry(pi*0.021517427162) q[1];
ry(pi*-0.271234913304) q[2];
ry(pi*-0.089128893459) q[3];
ry(pi*0.051994445088) q[4];
ry(pi*-0.005893469635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.062686190799) q[0];
ry(pi*0.292404951828) q[1];
ry(pi*-0.097161613323) q[2];
ry(pi*0.059725256362) q[3];
ry(pi*-0.163819962295) q[4];
ry(pi*0.001687077921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.160549060592) q[0];
ry(pi*0.115688463501) q[1];
ry(pi*-0.094408990169) q[2];
ry(pi*0.091634567328) q[3];
ry(pi*0.301135641134) q[4];
ry(pi*-0.002150781065) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
