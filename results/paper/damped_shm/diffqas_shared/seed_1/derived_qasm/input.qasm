// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.041149907097) q[0];
rz(pi*-0.009364334612) q[1];
rz(pi*0.009935978164) q[2];
rz(pi*0.01512844924) q[3];
rz(pi*-0.035010463496) q[4];
rz(pi*-0.00146720008) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.027917155517) q[0];
rz(pi*-0.027155643972) q[1];
rz(pi*0.00320432307) q[2];
rz(pi*-0.018634818156) q[3];
rz(pi*-0.021794265638) q[4];
rz(pi*0.001746527544) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.032989690368) q[0];
rz(pi*-0.000884642826) q[1];
rz(pi*-0.024307087491) q[2];
rz(pi*-0.001627737985) q[3];
rz(pi*0.03089752042) q[4];
rz(pi*0.004247226552) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.039982490216) q[0];
rz(pi*-0.003204765669) q[1];
rz(pi*0.001540526192) q[2];
rz(pi*-7.5279694e-05) q[3];
rz(pi*0.007614164449) q[4];
rz(pi*-0.04731705091) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.015903742115) q[0];
rz(pi*-0.000358501629) q[1];
rz(pi*0.031176524161) q[2];
rz(pi*-0.013324863084) q[3];
rz(pi*0.003807774137) q[4];
rz(pi*-0.000999186195) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
