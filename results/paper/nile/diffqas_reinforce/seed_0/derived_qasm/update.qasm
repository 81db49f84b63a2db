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
ry(pi*-0.036890340255) q[0];
ry(pi*0.040089505999) q[1];
ry(pi*-0.018102855513) q[2];
ry(pi*-0.038060776176) q[3];
ry(pi*0.054349152805) q[4];
ry(pi*-0.403386077412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.031873590026) q[0];
ry(pi*-0.007572739826) q[1];
ry(pi*0.251514696269) q[2];
ry(pi*0.259162971347) q[3];
ry(pi*0.220716272882) q[4];
ry(pi*0.485513713921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.028505410303) q[0];
ry(pi*-0.038713993649) q[1];
ry(pi*-0.184918056159) q[2];
ry(pi*0.081437882267) q[3];
ry(pi*-0.058462615259) q[4];
ry(pi*-0.266573233305) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.03198667946) q[0];
ry(pi*-5.3604831e-05) q[1];
ry(pi*0.004509984285) q[2];
ry(pi*-0.283430386822) q[3];
ry(pi*-0.092765618196) q[4];
ry(pi*-0.019460057976) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017922316775) q[0];
ry(pi*0.118132314673) q[1];
ry(pi*0.036903362675) q[2];
ry(pi*-0.028803396278) q[3];
ry(pi*0.023679926715) q[4];
ry(pi*-0.001954608634) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
