// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.004236622268) q[0];
ry(pi*-8.6908108e-05) q[1];
ry(pi*0.000168150053) q[2];
ry(pi*0.014099341317) q[3];
ry(pi*-2.6332631e-05) q[4];
ry(pi*-7.3952885e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.3099123e-05) q[0];
ry(pi*0.012697943025) q[1];
ry(pi*-3.677186e-05) q[2];
ry(pi*3.023192e-05) q[3];
ry(pi*0.004797243839) q[4];
ry(pi*-0.004641316905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.0455038e-05) q[0];
ry(pi*-4.10373e-06) q[1];
ry(pi*0.00141755833) q[2];
ry(pi*-1.653325e-06) q[3];
ry(pi*0.002577254786) q[4];
ry(pi*-3.3860111e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005699212415) q[0];
ry(pi*-1.8063969e-05) q[1];
ry(pi*-2.9757699e-05) q[2];
ry(pi*-0.000115498769) q[3];
ry(pi*-2.7047739e-05) q[4];
ry(pi*-5.9803425e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.464654e-06) q[0];
ry(pi*0.004295278) q[1];
ry(pi*-0.009048412276) q[2];
ry(pi*0.006432915842) q[3];
ry(pi*0.002518611209) q[4];
ry(pi*0.001834280356) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
