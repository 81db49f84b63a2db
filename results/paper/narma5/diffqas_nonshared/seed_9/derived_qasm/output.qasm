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
rx(pi*-0.001170197278) q[0];
rx(pi*-0.000633264739) q[1];
rx(pi*0.001323331365) q[2];
rx(pi*0.004338816009) q[3];
rx(pi*0.001693670951) q[4];
rx(pi*-0.00237705954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005618830219) q[0];
rx(pi*0.000277628087) q[1];
rx(pi*-0.002585041024) q[2];
rx(pi*-0.001897327982) q[3];
rx(pi*-0.000784252385) q[4];
rx(pi*-0.001927085996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001250594741) q[0];
rx(pi*-0.002011284975) q[1];
rx(pi*-0.000823382121) q[2];
rx(pi*0.00082115475) q[3];
rx(pi*-0.006060894054) q[4];
rx(pi*-0.005732811372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004008313116) q[0];
rx(pi*0.003729212139) q[1];
rx(pi*-0.000542650081) q[2];
rx(pi*0.004507745797) q[3];
rx(pi*0.003575712234) q[4];
rx(pi*0.001906102137) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004039356088) q[0];
rx(pi*-0.003958080394) q[1];
rx(pi*-0.001180776438) q[2];
rx(pi*-0.005479153443) q[3];
rx(pi*-0.001070327921) q[4];
rx(pi*-0.00047238929) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
