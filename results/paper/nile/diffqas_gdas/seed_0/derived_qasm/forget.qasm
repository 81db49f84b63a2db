// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.149927907733) q[0];
ry(pi*-0.351651909963) q[1];
ry(pi*0.040555500398) q[2];
ry(pi*6.1370525e-05) q[3];
ry(pi*-1.06916e-07) q[4];
ry(pi*-3.151e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.19463798453) q[0];
ry(pi*0.131926963148) q[1];
ry(pi*0.006683951974) q[2];
ry(pi*-3.51725e-06) q[3];
ry(pi*-7.1965e-07) q[4];
ry(pi*-5.2947e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.186488202813) q[0];
ry(pi*-0.247886063409) q[1];
ry(pi*-0.02000246986) q[2];
ry(pi*0.000473132673) q[3];
ry(pi*-0.001718815622) q[4];
ry(pi*-0.000998765459) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.227340361094) q[0];
ry(pi*0.111929781942) q[1];
ry(pi*-0.003238569176) q[2];
ry(pi*0.004344123042) q[3];
ry(pi*-0.002117428308) q[4];
ry(pi*0.001119070689) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.181576898372) q[0];
ry(pi*-0.000459406113) q[1];
ry(pi*-0.07809800514) q[2];
ry(pi*-0.002935159366) q[3];
ry(pi*-0.001458262434) q[4];
ry(pi*0.00070105696) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
