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
ry(pi*-0.129409270043) q[0];
ry(pi*-0.091127017868) q[1];
ry(pi*-0.000759260459) q[2];
ry(pi*0.066786082996) q[3];
ry(pi*-0.021259098972) q[4];
ry(pi*0.001761907179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.141864565854) q[0];
ry(pi*-0.053858754708) q[1];
ry(pi*0.041523404608) q[2];
ry(pi*-0.058775651367) q[3];
ry(pi*-0.011628659123) q[4];
ry(pi*0.003786812215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.12358107911) q[0];
ry(pi*-0.089191816576) q[1];
ry(pi*-0.036152611049) q[2];
ry(pi*-0.033315215287) q[3];
ry(pi*0.013022846586) q[4];
ry(pi*0.000576914196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.159916907612) q[0];
ry(pi*-0.113750036842) q[1];
ry(pi*-0.056086311813) q[2];
ry(pi*0.009150540205) q[3];
ry(pi*-0.035158571879) q[4];
ry(pi*-0.004861270341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.06392919985) q[0];
ry(pi*-0.053476975593) q[1];
ry(pi*0.007585793669) q[2];
ry(pi*0.086145419397) q[3];
ry(pi*0.040028053269) q[4];
ry(pi*-0.006619062805) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
