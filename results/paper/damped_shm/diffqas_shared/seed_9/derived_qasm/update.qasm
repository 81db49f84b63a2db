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
ry(pi*0.042186578031) q[0];
ry(pi*0.013134795283) q[1];
ry(pi*-0.1926336086) q[2];
ry(pi*0.093194165134) q[3];
ry(pi*-0.026614408398) q[4];
ry(pi*-0.003389984153) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015577672916) q[0];
ry(pi*-0.358120933908) q[1];
ry(pi*0.097244818308) q[2];
ry(pi*0.238748465582) q[3];
ry(pi*0.005039410805) q[4];
ry(pi*0.00283345447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.06882541147) q[0];
ry(pi*-0.118100791452) q[1];
ry(pi*0.140784684487) q[2];
ry(pi*0.016820698568) q[3];
ry(pi*-0.000953401471) q[4];
ry(pi*-0.005103461022) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005824070882) q[0];
ry(pi*-0.181588585584) q[1];
ry(pi*0.230000662857) q[2];
ry(pi*0.344984810532) q[3];
ry(pi*-0.415883502209) q[4];
ry(pi*-0.008658486144) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.091198649477) q[0];
ry(pi*-0.014177328796) q[1];
ry(pi*-0.015271938945) q[2];
ry(pi*0.044070220881) q[3];
ry(pi*-0.019826109869) q[4];
ry(pi*0.00077279455) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
