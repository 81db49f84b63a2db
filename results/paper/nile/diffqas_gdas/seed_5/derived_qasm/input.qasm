// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.063383369021) q[0];
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
rz(pi*0.004426043513) q[0];
rz(pi*0.000900044843) q[1];
rz(pi*0.002123455417) q[2];
rz(pi*0.000539080314) q[3];
rz(pi*0.00188357111) q[4];
rz(pi*-0.001148844637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005416402266) q[0];
rz(pi*-0.002610795639) q[1];
rz(pi*0.005429634572) q[2];
rz(pi*-0.00047295447) q[3];
rz(pi*0.002839874077) q[4];
rz(pi*0.000575521663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001535183585) q[0];
rz(pi*0.00477154881) q[1];
rz(pi*0.000600769091) q[2];
rz(pi*-0.002768987742) q[3];
rz(pi*0.000906532559) q[4];
rz(pi*0.002180213725) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007460147834) q[0];
rz(pi*0.003200663108) q[1];
rz(pi*0.00356060133) q[2];
rz(pi*-0.005334129317) q[3];
rz(pi*-0.000311496017) q[4];
rz(pi*0.002725590842) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00343543426) q[0];
rz(pi*-0.001142106124) q[1];
rz(pi*-0.000889690614) q[2];
rz(pi*0.001911315196) q[3];
rz(pi*0.003640234696) q[4];
rz(pi*7.3057724e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
