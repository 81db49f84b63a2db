// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.109776062028) q[0];
ry(pi*0.220011625033) q[1];
ry(pi*0.098334793177) q[2];
ry(pi*-0.110246311066) q[3];
ry(pi*0.040576673985) q[4];
ry(pi*-0.00043610706) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.055081330111) q[0];
ry(pi*0.559010268049) q[1];
ry(pi*0.048024990531) q[2];
ry(pi*-0.01157556626) q[3];
ry(pi*0.020390415118) q[4];
ry(pi*0.040727493099) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.159510492384) q[0];
ry(pi*0.000242255456) q[1];
ry(pi*-0.041645356687) q[2];
ry(pi*-0.155108739028) q[3];
ry(pi*0.076062883872) q[4];
ry(pi*0.011644067366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.092393799773) q[0];
ry(pi*0.426019844447) q[1];
ry(pi*-0.354192512661) q[2];
ry(pi*0.244757969578) q[3];
ry(pi*-0.052984001946) q[4];
ry(pi*0.036278592465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.27268534192) q[0];
ry(pi*-0.07797261425) q[1];
ry(pi*0.124803066357) q[2];
ry(pi*0.206721765482) q[3];
ry(pi*0.033080446507) q[4];
ry(pi*-0.002117977777) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
