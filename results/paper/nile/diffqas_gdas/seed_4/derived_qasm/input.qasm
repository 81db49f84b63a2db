// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-1.8035e-08) q[0];
ry(pi*1.0356e-08) q[1];
ry(pi*-0.000277594422) q[2];
ry(pi*0.0031366455) q[3];
ry(pi*0.000564920418) q[4];
ry(pi*0.003200262309) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-2.347e-09) q[0];
ry(pi*6.346e-09) q[1];
ry(pi*-4.598889e-06) q[2];
ry(pi*-0.000655147358) q[3];
ry(pi*0.002368463848) q[4];
ry(pi*0.002704127625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.55878e-07) q[0];
ry(pi*-1.0991e-08) q[1];
ry(pi*-8.532219e-06) q[2];
ry(pi*-0.001878837113) q[3];
ry(pi*-0.000757164415) q[4];
ry(pi*-0.00042445279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.35e-10) q[0];
ry(pi*5.49313e-07) q[1];
ry(pi*-3.824084e-06) q[2];
ry(pi*0.001469086534) q[3];
ry(pi*-0.003033760736) q[4];
ry(pi*-0.001173462814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-5.273977e-06) q[0];
ry(pi*-1.07661e-07) q[1];
ry(pi*0.000277761879) q[2];
ry(pi*0.004392212732) q[3];
ry(pi*-0.001121907634) q[4];
ry(pi*0.000539267855) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
