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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.049529519937) q[0];
rx(pi*-0.086776576309) q[1];
rx(pi*-0.028625429533) q[2];
rx(pi*0.014527990234) q[3];
rx(pi*0.024553294466) q[4];
rx(pi*0.007146614284) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.14650150539) q[0];
rx(pi*-0.089993282357) q[1];
rx(pi*-0.053382524512) q[2];
rx(pi*0.024059452816) q[3];
rx(pi*0.020314448236) q[4];
rx(pi*-0.00448651381) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.018311163239) q[0];
rx(pi*-0.124648077981) q[1];
rx(pi*-0.018203556929) q[2];
rx(pi*0.010640923648) q[3];
rx(pi*0.023630011787) q[4];
rx(pi*-0.001112105467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.171276441866) q[0];
rx(pi*-0.10248415207) q[1];
rx(pi*-0.05643996383) q[2];
rx(pi*0.025869189699) q[3];
rx(pi*0.02458485326) q[4];
rx(pi*-0.002935766198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.064275670682) q[0];
rx(pi*-0.095558871489) q[1];
rx(pi*-0.02170755781) q[2];
rx(pi*0.019393664031) q[3];
rx(pi*0.017898728907) q[4];
rx(pi*0.000248110049) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
