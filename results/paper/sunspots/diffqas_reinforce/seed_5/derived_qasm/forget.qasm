// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.029090375688) q[0];
ry(pi*0.028220145555) q[1];
ry(pi*-0.019969329213) q[2];
ry(pi*-0.227309207842) q[3];
ry(pi*-0.169544154111) q[4];
ry(pi*-0.178009680296) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.050581331124) q[0];
ry(pi*0.024154499167) q[1];
ry(pi*0.261498175079) q[2];
ry(pi*0.276406410007) q[3];
ry(pi*0.262365058894) q[4];
ry(pi*0.265248726816) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.43283113676) q[0];
ry(pi*-0.407016968029) q[1];
ry(pi*0.442378602855) q[2];
ry(pi*-0.448482553189) q[3];
ry(pi*0.462238743905) q[4];
ry(pi*-0.449711949294) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.045057107326) q[0];
ry(pi*0.263247784953) q[1];
ry(pi*-0.272202485491) q[2];
ry(pi*-0.260962745166) q[3];
ry(pi*0.269235906662) q[4];
ry(pi*0.043136183026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.085281779922) q[0];
ry(pi*0.233970122157) q[1];
ry(pi*0.169609875709) q[2];
ry(pi*0.18110720903) q[3];
ry(pi*-0.040795885112) q[4];
ry(pi*-0.000551063901) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
