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
ry(pi*-0.102646131904) q[0];
ry(pi*0.238735507196) q[1];
ry(pi*-0.045814883612) q[2];
ry(pi*-0.125441745963) q[3];
ry(pi*-0.031087300072) q[4];
ry(pi*-0.152546403047) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.056857667843) q[0];
ry(pi*-0.004941017839) q[1];
ry(pi*-0.165724503627) q[2];
ry(pi*0.038727834269) q[3];
ry(pi*-0.025049872935) q[4];
ry(pi*-0.025710985443) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021597413895) q[0];
ry(pi*0.283530259366) q[1];
ry(pi*-0.091801167026) q[2];
ry(pi*-0.041877322244) q[3];
ry(pi*0.023555935065) q[4];
ry(pi*0.00752867562) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.105102011797) q[0];
ry(pi*-0.220143656384) q[1];
ry(pi*0.067449356026) q[2];
ry(pi*0.046382268375) q[3];
ry(pi*-0.199490112971) q[4];
ry(pi*-0.020006307098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.114441612468) q[0];
ry(pi*-0.047978772918) q[1];
ry(pi*-0.352691047354) q[2];
ry(pi*-0.403116057267) q[3];
ry(pi*-0.431180128256) q[4];
ry(pi*-0.000607947164) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
