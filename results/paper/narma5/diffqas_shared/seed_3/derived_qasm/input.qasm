// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.063816321488) q[0];
ry(pi*-0.025506682152) q[1];
ry(pi*0.007293752686) q[2];
ry(pi*0.00482768917) q[3];
ry(pi*-0.128964520378) q[4];
ry(pi*0.025010744014) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.271080266438) q[0];
ry(pi*0.156943659862) q[1];
ry(pi*-0.023272837954) q[2];
ry(pi*0.05414779029) q[3];
ry(pi*-0.007489424562) q[4];
ry(pi*-0.004000905443) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014505710299) q[0];
ry(pi*0.071699071268) q[1];
ry(pi*0.062640466477) q[2];
ry(pi*0.001052010549) q[3];
ry(pi*0.004626544842) q[4];
ry(pi*0.045503958222) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.249427637104) q[0];
ry(pi*0.189157516631) q[1];
ry(pi*-0.01017294304) q[2];
ry(pi*-0.037131324982) q[3];
ry(pi*-0.029208115817) q[4];
ry(pi*-0.004582276086) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.019865534053) q[0];
ry(pi*-0.03216140898) q[1];
ry(pi*0.041380293172) q[2];
ry(pi*0.012959876036) q[3];
ry(pi*-0.021041258627) q[4];
ry(pi*0.001564071817) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
