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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01347157697) q[0];
ry(pi*2.2432013e-05) q[1];
ry(pi*-0.055180268247) q[2];
ry(pi*-0.001746834813) q[3];
ry(pi*-0.034378405379) q[4];
ry(pi*-0.008445458354) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.066841848644) q[0];
ry(pi*0.469093369974) q[1];
ry(pi*-0.067714780023) q[2];
ry(pi*0.191335303475) q[3];
ry(pi*0.041782577085) q[4];
ry(pi*-0.072646987688) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032923845447) q[0];
ry(pi*0.054918463301) q[1];
ry(pi*-0.23121719544) q[2];
ry(pi*0.14258120448) q[3];
ry(pi*0.065198187337) q[4];
ry(pi*0.003881718642) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013503144065) q[0];
ry(pi*0.021526882705) q[1];
ry(pi*0.117265468803) q[2];
ry(pi*-0.110931056503) q[3];
ry(pi*-0.044065382831) q[4];
ry(pi*-0.026208626385) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015812757118) q[0];
ry(pi*-0.002284253604) q[1];
ry(pi*-0.044562843532) q[2];
ry(pi*-0.002403150181) q[3];
ry(pi*0.000457523957) q[4];
ry(pi*0.000303260936) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
