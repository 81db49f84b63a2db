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
ry(pi*-0.004065235805) q[0];
ry(pi*0.501333418622) q[1];
ry(pi*0.008023197917) q[2];
ry(pi*-0.074621870482) q[3];
ry(pi*0.003568688168) q[4];
ry(pi*-0.007406376102) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024838796373) q[0];
ry(pi*-0.49180454582) q[1];
ry(pi*-0.016810935904) q[2];
ry(pi*-0.105920145137) q[3];
ry(pi*0.023764782329) q[4];
ry(pi*-0.499443353496) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001029996751) q[0];
ry(pi*-0.014648008279) q[1];
ry(pi*0.402263535822) q[2];
ry(pi*0.104589690691) q[3];
ry(pi*-0.002749367252) q[4];
ry(pi*-0.009463809321) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.049863582592) q[0];
ry(pi*-0.277611995314) q[1];
ry(pi*-0.001783948472) q[2];
ry(pi*-0.027484036147) q[3];
ry(pi*0.021098098607) q[4];
ry(pi*0.49474054058) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.084051103157) q[0];
ry(pi*0.001243067749) q[1];
ry(pi*-0.517870786477) q[2];
ry(pi*0.009552595259) q[3];
ry(pi*-0.013006885762) q[4];
ry(pi*-0.003373524702) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
