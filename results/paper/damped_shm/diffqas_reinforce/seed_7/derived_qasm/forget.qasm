// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.493379170042) q[0];
ry(pi*0.50479507233) q[1];
ry(pi*0.171495064838) q[2];
ry(pi*0.010514899544) q[3];
ry(pi*-0.518855585918) q[4];
ry(pi*0.130793901169) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003262446675) q[0];
ry(pi*-0.002861204782) q[1];
ry(pi*0.001937771507) q[2];
ry(pi*-0.075319009867) q[3];
ry(pi*-0.076039405097) q[4];
ry(pi*-0.124488991492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004505907516) q[0];
ry(pi*0.001406762392) q[1];
ry(pi*-0.116378853331) q[2];
ry(pi*0.505286352658) q[3];
ry(pi*0.151267886498) q[4];
ry(pi*0.004904012384) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010400917204) q[0];
ry(pi*0.001009036682) q[1];
ry(pi*0.001004873424) q[2];
ry(pi*0.00134988832) q[3];
ry(pi*-0.495488673967) q[4];
ry(pi*-0.002799599677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.140151146496) q[0];
ry(pi*0.008366475991) q[1];
ry(pi*0.334662269749) q[2];
ry(pi*0.000958168522) q[3];
ry(pi*0.433499205152) q[4];
ry(pi*0.000360659816) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
