// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.099624162137) q[0];
ry(pi*-0.46476227113) q[1];
ry(pi*0.081775587689) q[2];
ry(pi*-0.400471483911) q[3];
ry(pi*0.146388750351) q[4];
ry(pi*-0.022897300872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.091164754664) q[0];
ry(pi*0.186701114987) q[1];
ry(pi*0.295294140819) q[2];
ry(pi*0.17769843237) q[3];
ry(pi*0.144988978971) q[4];
ry(pi*-0.156017011892) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.151456798147) q[0];
ry(pi*-0.144635772814) q[1];
ry(pi*0.112537033191) q[2];
ry(pi*0.159389882627) q[3];
ry(pi*-0.074640440059) q[4];
ry(pi*-0.088547928952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.072560016613) q[0];
ry(pi*-0.419630581934) q[1];
ry(pi*0.142392833554) q[2];
ry(pi*0.520263970925) q[3];
ry(pi*0.502207531054) q[4];
ry(pi*0.016217010639) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.081127924488) q[0];
ry(pi*-0.2314929833) q[1];
ry(pi*0.074932454362) q[2];
ry(pi*0.028031511383) q[3];
ry(pi*-0.066480360883) q[4];
ry(pi*0.000616134571) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
