// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.085338546383) q[0];
ry(pi*-0.158110199254) q[1];
ry(pi*-0.017829040819) q[2];
ry(pi*0.45469502764) q[3];
ry(pi*0.082710393941) q[4];
ry(pi*0.25655235921) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003789872757) q[0];
ry(pi*0.044780944753) q[1];
ry(pi*-0.171920111305) q[2];
ry(pi*0.172136229874) q[3];
ry(pi*0.023045167353) q[4];
ry(pi*-0.060948742456) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.642388018904) q[0];
ry(pi*-0.486356217755) q[1];
ry(pi*-0.605286203659) q[2];
ry(pi*0.451450156547) q[3];
ry(pi*-0.37380289646) q[4];
ry(pi*-0.443141876495) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.071735351905) q[0];
ry(pi*-0.099914046749) q[1];
ry(pi*-0.108948110292) q[2];
ry(pi*0.205134069037) q[3];
ry(pi*0.26965820208) q[4];
ry(pi*-0.34769844469) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.406716629433) q[0];
ry(pi*0.180522791483) q[1];
ry(pi*-0.007639404133) q[2];
ry(pi*0.730122557702) q[3];
ry(pi*-0.129000881649) q[4];
ry(pi*0.006415603802) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
