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
rz(pi*-0.000954655822) q[0];
rz(pi*-0.000897093691) q[1];
rz(pi*-0.000960295397) q[2];
rz(pi*-0.000801437099) q[3];
rz(pi*-0.004481645522) q[4];
rz(pi*0.001774288083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000185722912) q[0];
rz(pi*0.000221460843) q[1];
rz(pi*0.003506299548) q[2];
rz(pi*0.003592770513) q[3];
rz(pi*0.004352957228) q[4];
rz(pi*0.005980403951) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001531883068) q[0];
rz(pi*-0.00480723388) q[1];
rz(pi*0.000766077308) q[2];
rz(pi*0.000129723161) q[3];
rz(pi*0.000308162372) q[4];
rz(pi*-0.001822408159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002740654907) q[0];
rz(pi*0.002623827842) q[1];
rz(pi*0.003176130753) q[2];
rz(pi*-0.003469332927) q[3];
rz(pi*0.001806440516) q[4];
rz(pi*-0.000449046844) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001145635871) q[0];
rz(pi*0.002266674464) q[1];
rz(pi*-7.5149743e-05) q[2];
rz(pi*-0.001677186449) q[3];
rz(pi*0.000263030874) q[4];
rz(pi*-0.006271877531) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
