// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.030359911972) q[0];
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
ry(pi*-0.106866221201) q[0];
ry(pi*0.022082684606) q[1];
ry(pi*0.028204825061) q[2];
ry(pi*-0.002991279272) q[3];
ry(pi*0.076592081237) q[4];
ry(pi*0.006026541523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.108263307936) q[0];
ry(pi*-0.008759970185) q[1];
ry(pi*0.028164175949) q[2];
ry(pi*0.037366866901) q[3];
ry(pi*-0.021936886154) q[4];
ry(pi*0.000158904544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101501012744) q[0];
ry(pi*0.021257317906) q[1];
ry(pi*-0.106213549194) q[2];
ry(pi*0.014796338406) q[3];
ry(pi*-0.003468155431) q[4];
ry(pi*0.001711760577) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.088148343912) q[0];
ry(pi*-0.029982220524) q[1];
ry(pi*0.025604258994) q[2];
ry(pi*-0.006457164199) q[3];
ry(pi*-0.041303263817) q[4];
ry(pi*0.000756385569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.09707283035) q[0];
ry(pi*0.026611218605) q[1];
ry(pi*0.034269760311) q[2];
ry(pi*-0.003651694235) q[3];
ry(pi*0.030486198365) q[4];
ry(pi*-0.00092147256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
