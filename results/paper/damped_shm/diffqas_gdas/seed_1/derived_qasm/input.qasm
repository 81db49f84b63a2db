// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*-0.000954648485) q[0];
rz(pi*-0.000897317288) q[1];
rz(pi*-0.00096042287) q[2];
rz(pi*-0.000801578209) q[3];
rz(pi*-0.004481697104) q[4];
rz(pi*0.001774053592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000185700456) q[0];
rz(pi*0.000221413522) q[1];
rz(pi*0.00350632356) q[2];
rz(pi*0.003592846701) q[3];
rz(pi*0.004353145473) q[4];
rz(pi*0.005980805936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00153215847) q[0];
rz(pi*-0.004806992867) q[1];
rz(pi*0.000766604617) q[2];
rz(pi*0.000130034923) q[3];
rz(pi*0.000308558465) q[4];
rz(pi*-0.001822012547) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002740469034) q[0];
rz(pi*0.002624121623) q[1];
rz(pi*0.003176536592) q[2];
rz(pi*-0.003468963255) q[3];
rz(pi*0.001806825752) q[4];
rz(pi*-0.000448819097) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001145617787) q[0];
rz(pi*0.002266761027) q[1];
rz(pi*-7.5225184e-05) q[2];
rz(pi*-0.001677261896) q[3];
rz(pi*0.000263200906) q[4];
rz(pi*-0.006272041171) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
