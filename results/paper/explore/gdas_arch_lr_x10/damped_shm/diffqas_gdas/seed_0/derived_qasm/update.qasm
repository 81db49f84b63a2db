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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.163250514246) q[0];
rx(pi*-0.04546634475) q[1];
rx(pi*-0.002020125534) q[2];
rx(pi*-0.006199554602) q[3];
rx(pi*0.00465031562) q[4];
rx(pi*0.004098355997) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.252573034081) q[0];
rx(pi*-0.051794367977) q[1];
rx(pi*-0.002176430737) q[2];
rx(pi*0.00020764153) q[3];
rx(pi*0.000540642379) q[4];
rx(pi*-0.000723834559) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.17054005261) q[0];
rx(pi*-0.048578174193) q[1];
rx(pi*-0.002731196103) q[2];
rx(pi*0.000988353868) q[3];
rx(pi*-0.001643403545) q[4];
rx(pi*0.000430473821) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.252189651768) q[0];
rx(pi*-0.054237972503) q[1];
rx(pi*0.004044304714) q[2];
rx(pi*-0.002048681298) q[3];
rx(pi*-0.004658143064) q[4];
rx(pi*0.005065187654) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.169639795732) q[0];
rx(pi*-0.051880589629) q[1];
rx(pi*-0.001871727668) q[2];
rx(pi*-0.002875240465) q[3];
rx(pi*0.002984331392) q[4];
rx(pi*0.002271041012) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
