// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012569132297) q[0];
ry(pi*-0.1359696952) q[1];
ry(pi*-0.49335257025) q[2];
ry(pi*-0.501158034542) q[3];
ry(pi*-0.00123864191) q[4];
ry(pi*-0.010354752952) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005220474258) q[0];
ry(pi*-0.035935828434) q[1];
ry(pi*0.302903275119) q[2];
ry(pi*-0.046979924157) q[3];
ry(pi*-0.406316721857) q[4];
ry(pi*0.013063809934) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.131831805332) q[0];
ry(pi*0.022634139375) q[1];
ry(pi*-0.013091919245) q[2];
ry(pi*0.009021194683) q[3];
ry(pi*-0.509128903249) q[4];
ry(pi*0.020931605631) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016867465206) q[0];
ry(pi*0.163302025256) q[1];
ry(pi*0.008207865006) q[2];
ry(pi*-0.07168066296) q[3];
ry(pi*0.013135855386) q[4];
ry(pi*0.069342399872) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.505070594572) q[0];
ry(pi*-0.510788828945) q[1];
ry(pi*0.007287297209) q[2];
ry(pi*-1.452421816729) q[3];
ry(pi*-0.025835802407) q[4];
ry(pi*0.00237595334) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
