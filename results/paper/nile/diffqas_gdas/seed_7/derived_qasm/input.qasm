// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
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
rz(pi*0.003398740373) q[0];
rz(pi*0.007926548961) q[1];
rz(pi*-0.001646892604) q[2];
rz(pi*0.000241010462) q[3];
rz(pi*-0.000796102719) q[4];
rz(pi*0.001120538631) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002055844696) q[0];
rz(pi*0.004101395194) q[1];
rz(pi*-0.003138968476) q[2];
rz(pi*0.005006780051) q[3];
rz(pi*-0.002960597078) q[4];
rz(pi*0.000886508232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003692000652) q[0];
rz(pi*0.002274553935) q[1];
rz(pi*-0.00298269944) q[2];
rz(pi*-0.002230242193) q[3];
rz(pi*-0.001467644902) q[4];
rz(pi*-0.000158820371) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003654658727) q[0];
rz(pi*-0.00410827578) q[1];
rz(pi*0.001488934252) q[2];
rz(pi*0.001944927197) q[3];
rz(pi*0.001780063061) q[4];
rz(pi*0.001487100269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004835192299) q[0];
rz(pi*0.001553677419) q[1];
rz(pi*0.002727827551) q[2];
rz(pi*0.001794037083) q[3];
rz(pi*0.005707791654) q[4];
rz(pi*-0.006047518267) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
