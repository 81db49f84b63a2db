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
ry(pi*0.06846624787) q[0];
ry(pi*-0.059334436732) q[1];
ry(pi*-0.017244204685) q[2];
ry(pi*0.012131978846) q[3];
ry(pi*0.023059574783) q[4];
ry(pi*-0.009669725295) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.088155458693) q[0];
ry(pi*-0.165741654991) q[1];
ry(pi*0.304226491461) q[2];
ry(pi*-0.017542924669) q[3];
ry(pi*0.001410270868) q[4];
ry(pi*-0.004918155974) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.08279853184) q[0];
ry(pi*-0.103622270286) q[1];
ry(pi*0.2959262938) q[2];
ry(pi*-0.014458418354) q[3];
ry(pi*0.035537429191) q[4];
ry(pi*-0.133583151213) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.027698964176) q[0];
ry(pi*-0.303549012586) q[1];
ry(pi*0.139432326004) q[2];
ry(pi*0.50668938735) q[3];
ry(pi*-0.493425425601) q[4];
ry(pi*0.016651324107) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013461151445) q[0];
ry(pi*0.02354521072) q[1];
ry(pi*-0.010604492416) q[2];
ry(pi*-0.011819798884) q[3];
ry(pi*0.085960975831) q[4];
ry(pi*-0.003541151892) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
