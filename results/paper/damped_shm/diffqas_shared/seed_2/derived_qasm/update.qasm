// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.213231903372) q[0];
ry(pi*0.178043641514) q[1];
ry(pi*0.105420251181) q[2];
ry(pi*0.24326540249) q[3];
ry(pi*0.164557205325) q[4];
ry(pi*-0.171382101098) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.09035529187) q[0];
ry(pi*-0.468502103265) q[1];
ry(pi*-0.608152113089) q[2];
ry(pi*0.203088294571) q[3];
ry(pi*-0.238213130533) q[4];
ry(pi*0.134395905778) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.135280178116) q[0];
ry(pi*0.044371996663) q[1];
ry(pi*-0.299439781054) q[2];
ry(pi*-0.298721624609) q[3];
ry(pi*0.335852544048) q[4];
ry(pi*0.339553026704) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.046642745228) q[0];
ry(pi*-0.132156969768) q[1];
ry(pi*0.014877251246) q[2];
ry(pi*-0.303412067294) q[3];
ry(pi*-0.161480072295) q[4];
ry(pi*0.336463276796) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.451091078324) q[0];
ry(pi*-0.104728656582) q[1];
ry(pi*-0.009569789311) q[2];
ry(pi*0.125668498757) q[3];
ry(pi*-0.053904768365) q[4];
ry(pi*-0.002661857232) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
