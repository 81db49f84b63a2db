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
rz(pi*-0.074685215744) q[0];
rz(pi*0.096673510929) q[1];
rz(pi*-0.011403290154) q[2];
rz(pi*0.100053951791) q[3];
rz(pi*0.006255027359) q[4];
rz(pi*0.013307572982) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.021998013976) q[0];
rz(pi*-0.007748257308) q[1];
rz(pi*0.00975684756) q[2];
rz(pi*-0.13370041228) q[3];
rz(pi*-0.068179451073) q[4];
rz(pi*0.020401734734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.031643630838) q[0];
rz(pi*0.084440442912) q[1];
rz(pi*-0.001450597444) q[2];
rz(pi*0.089217202113) q[3];
rz(pi*-0.017767645007) q[4];
rz(pi*-0.080729790864) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.134368006353) q[0];
rz(pi*0.234272016519) q[1];
rz(pi*-0.009758654121) q[2];
rz(pi*0.105594202818) q[3];
rz(pi*0.125492934436) q[4];
rz(pi*-0.012196053372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.033773381056) q[0];
rz(pi*0.036816728366) q[1];
rz(pi*0.009057443303) q[2];
rz(pi*0.085173957797) q[3];
rz(pi*0.03223829604) q[4];
rz(pi*0.000613538084) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
