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
ry(pi*-0.064572897748) q[0];
ry(pi*-0.488611584165) q[1];
ry(pi*-0.304289613793) q[2];
ry(pi*-0.037262059072) q[3];
ry(pi*-0.012179089364) q[4];
ry(pi*0.071585011852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007106028613) q[0];
ry(pi*-0.136078446989) q[1];
ry(pi*-0.001908015864) q[2];
ry(pi*-0.064887053247) q[3];
ry(pi*0.005435275407) q[4];
ry(pi*0.013693349418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001525934223) q[0];
ry(pi*0.006114880415) q[1];
ry(pi*0.016695634959) q[2];
ry(pi*-0.014406474528) q[3];
ry(pi*-0.141841608829) q[4];
ry(pi*0.117264766812) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003605792637) q[0];
ry(pi*0.117576024224) q[1];
ry(pi*-0.179579390576) q[2];
ry(pi*-0.240842335963) q[3];
ry(pi*0.018181463164) q[4];
ry(pi*-0.229213483556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.020119937255) q[0];
ry(pi*-0.114588034649) q[1];
ry(pi*-0.023461038124) q[2];
ry(pi*-0.186873102945) q[3];
ry(pi*-0.350312433976) q[4];
ry(pi*-0.005427793622) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
