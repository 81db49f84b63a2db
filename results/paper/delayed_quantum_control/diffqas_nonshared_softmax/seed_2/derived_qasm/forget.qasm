// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.349397112736) q[0];
ry(pi*0.249893285251) q[1];
ry(pi*-0.043145190338) q[2];
ry(pi*-0.049550854792) q[3];
ry(pi*0.014055108727) q[4];
ry(pi*-0.087463418234) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.21929162823) q[0];
ry(pi*-0.070515997127) q[1];
ry(pi*-0.182998052038) q[2];
ry(pi*0.143142475275) q[3];
ry(pi*-0.227571145597) q[4];
ry(pi*-0.052721974071) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.157797727586) q[0];
ry(pi*-0.102928712008) q[1];
ry(pi*0.531276284924) q[2];
ry(pi*-0.25784282859) q[3];
ry(pi*0.5339392239) q[4];
ry(pi*-0.482107384746) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.691948630431) q[0];
ry(pi*-0.356102233553) q[1];
ry(pi*-0.360480878103) q[2];
ry(pi*0.233902920685) q[3];
ry(pi*-0.163859824038) q[4];
ry(pi*-0.326282841893) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.121653305649) q[0];
ry(pi*0.181864582145) q[1];
ry(pi*-0.356750911797) q[2];
ry(pi*0.107783733793) q[3];
ry(pi*0.083945937216) q[4];
ry(pi*-0.004790156925) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
