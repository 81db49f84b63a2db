// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00217141378) q[0];
ry(pi*0.001083048334) q[1];
ry(pi*-0.003843319876) q[2];
ry(pi*-0.07486308051) q[3];
ry(pi*0.005733917721) q[4];
ry(pi*-0.000554056185) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002143781603) q[0];
ry(pi*0.017188461567) q[1];
ry(pi*-0.070263005022) q[2];
ry(pi*0.497727306413) q[3];
ry(pi*-0.005440996283) q[4];
ry(pi*0.000670768525) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006471795152) q[0];
ry(pi*0.044004375961) q[1];
ry(pi*0.00125528353) q[2];
ry(pi*0.056009818437) q[3];
ry(pi*-0.002358211597) q[4];
ry(pi*-0.006126044098) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000142408258) q[0];
ry(pi*-0.050195790661) q[1];
ry(pi*-0.000911106548) q[2];
ry(pi*0.052590227311) q[3];
ry(pi*-0.008676947813) q[4];
ry(pi*-0.029687016428) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056573745417) q[0];
ry(pi*-0.017465189764) q[1];
ry(pi*0.001557795395) q[2];
ry(pi*0.005143200035) q[3];
ry(pi*0.000386431515) q[4];
ry(pi*-0.001423378665) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
