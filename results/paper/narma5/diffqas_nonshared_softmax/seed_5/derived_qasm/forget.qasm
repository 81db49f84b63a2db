// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.002552626974) q[0];
rz(pi*-0.004215565482) q[1];
rz(pi*-0.000790559638) q[2];
rz(pi*0.001338318798) q[3];
rz(pi*0.003616148496) q[4];
rz(pi*0.00034920628) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001759131081) q[0];
rz(pi*-0.002498033485) q[1];
rz(pi*0.002383331812) q[2];
rz(pi*0.005203676262) q[3];
rz(pi*0.000868250001) q[4];
rz(pi*-0.003925807158) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003050252797) q[0];
rz(pi*0.005093018896) q[1];
rz(pi*0.000645794831) q[2];
rz(pi*-0.005513556371) q[3];
rz(pi*-0.000266413192) q[4];
rz(pi*-0.003702663336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002003086228) q[0];
rz(pi*-0.001553370743) q[1];
rz(pi*-0.002270546979) q[2];
rz(pi*0.001761458355) q[3];
rz(pi*-0.00020080884) q[4];
rz(pi*-0.001876217984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001303917649) q[0];
rz(pi*0.002641511628) q[1];
rz(pi*-0.005229906085) q[2];
rz(pi*-0.000817197376) q[3];
rz(pi*-0.003121815926) q[4];
rz(pi*-0.000551170216) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
