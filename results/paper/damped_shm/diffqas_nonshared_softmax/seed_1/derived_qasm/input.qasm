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
rz(pi*-0.000954921663) q[0];
rz(pi*-0.000897336187) q[1];
rz(pi*-0.000960567612) q[2];
rz(pi*-0.000801752077) q[3];
rz(pi*-0.004481886831) q[4];
rz(pi*0.001774000379) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00018546426) q[0];
rz(pi*0.000221187961) q[1];
rz(pi*0.003506041637) q[2];
rz(pi*0.003592440565) q[3];
rz(pi*0.004352654553) q[4];
rz(pi*0.005980175092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001531692452) q[0];
rz(pi*-0.004807393073) q[1];
rz(pi*0.000765907294) q[2];
rz(pi*0.000129577549) q[3];
rz(pi*0.000307989319) q[4];
rz(pi*-0.001822581582) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0027408559) q[0];
rz(pi*0.002623582382) q[1];
rz(pi*0.003175917013) q[2];
rz(pi*-0.003469503089) q[3];
rz(pi*0.001806265463) q[4];
rz(pi*-0.000449186954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001145750967) q[0];
rz(pi*0.002266474509) q[1];
rz(pi*-7.5291483e-05) q[2];
rz(pi*-0.001677285019) q[3];
rz(pi*0.000262998209) q[4];
rz(pi*-0.006271778517) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
