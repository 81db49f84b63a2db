// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.154593391768) q[0];
ry(pi*-0.233679307881) q[1];
ry(pi*0.245887967458) q[2];
ry(pi*0.220124949255) q[3];
ry(pi*0.320749364137) q[4];
ry(pi*-0.032771534601) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.134068028239) q[0];
ry(pi*0.016366065288) q[1];
ry(pi*0.054930088853) q[2];
ry(pi*0.000745647512) q[3];
ry(pi*-0.443340559109) q[4];
ry(pi*0.01290809585) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.04657505995) q[0];
ry(pi*0.04458342422) q[1];
ry(pi*0.136761911766) q[2];
ry(pi*-0.135450771577) q[3];
ry(pi*-0.092875347082) q[4];
ry(pi*0.021815311159) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.093040713551) q[0];
ry(pi*0.476612193994) q[1];
ry(pi*-0.048938447699) q[2];
ry(pi*-0.220474351376) q[3];
ry(pi*-0.038796956732) q[4];
ry(pi*0.053014538584) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.05608705175) q[0];
ry(pi*-0.33126220158) q[1];
ry(pi*0.112659407414) q[2];
ry(pi*-0.481693209663) q[3];
ry(pi*-0.560926287893) q[4];
ry(pi*0.002877717001) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
