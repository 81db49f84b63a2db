// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002427487177) q[0];
rx(pi*-0.000576754632) q[1];
rx(pi*1.3824135e-05) q[2];
rx(pi*0.001978853731) q[3];
rx(pi*-1.384444e-06) q[4];
rx(pi*-0.00019376517) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.4714165e-05) q[0];
rx(pi*0.000518155337) q[1];
rx(pi*-0.000316822393) q[2];
rx(pi*-2.302153e-06) q[3];
rx(pi*-8.2217707e-05) q[4];
rx(pi*-1.7471155e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000124009686) q[0];
rx(pi*2.4106e-06) q[1];
rx(pi*-0.001033087012) q[2];
rx(pi*-5.64953e-07) q[3];
rx(pi*-0.004105891736) q[4];
rx(pi*0.001060702142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.006194708844) q[0];
rx(pi*-0.000504272066) q[1];
rx(pi*-1.284126e-06) q[2];
rx(pi*5.32759e-07) q[3];
rx(pi*3.4988e-08) q[4];
rx(pi*-2.392e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.1579e-08) q[0];
rx(pi*-0.024305401288) q[1];
rx(pi*5.4566859e-05) q[2];
rx(pi*-2.165115e-06) q[3];
rx(pi*-5.754863e-06) q[4];
rx(pi*0.008725121398) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
