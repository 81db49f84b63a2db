// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.181783511594) q[0];
ry(pi*0.004436177035) q[1];
ry(pi*0.006502306295) q[2];
ry(pi*0.00350648216) q[3];
ry(pi*0.001240857794) q[4];
ry(pi*0.001392062218) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001065631055) q[0];
ry(pi*0.238910189284) q[1];
ry(pi*-0.001326059438) q[2];
ry(pi*0.007803842715) q[3];
ry(pi*0.003733931017) q[4];
ry(pi*-0.001454042924) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000131113313) q[0];
ry(pi*0.000517004966) q[1];
ry(pi*-2.4726951e-05) q[2];
ry(pi*0.000696825964) q[3];
ry(pi*-6.0798031e-05) q[4];
ry(pi*-0.0060204572) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019549094709) q[0];
ry(pi*0.008393110764) q[1];
ry(pi*0.012389262349) q[2];
ry(pi*0.012506091786) q[3];
ry(pi*0.000246832594) q[4];
ry(pi*1.0649544e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000618777786) q[0];
ry(pi*0.000729536537) q[1];
ry(pi*-0.104511503998) q[2];
ry(pi*-0.002370706634) q[3];
ry(pi*-0.000610864891) q[4];
ry(pi*0.004156257562) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
