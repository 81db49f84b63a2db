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
ry(pi*-0.003210214405) q[0];
ry(pi*0.511017450554) q[1];
ry(pi*-0.051915950088) q[2];
ry(pi*0.002161960756) q[3];
ry(pi*-0.001494615552) q[4];
ry(pi*-0.004084806195) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005804428159) q[0];
ry(pi*-0.011033880084) q[1];
ry(pi*-0.000527036769) q[2];
ry(pi*0.62346858463) q[3];
ry(pi*0.000565972701) q[4];
ry(pi*0.159314124445) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001666906333) q[0];
ry(pi*0.016685158445) q[1];
ry(pi*0.001527151295) q[2];
ry(pi*-0.001263276393) q[3];
ry(pi*0.005322293287) q[4];
ry(pi*-0.003938305752) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.35932407173) q[0];
ry(pi*0.500119921679) q[1];
ry(pi*0.026454264178) q[2];
ry(pi*-0.498831861838) q[3];
ry(pi*0.499155498968) q[4];
ry(pi*0.497716643729) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.7220195e-05) q[0];
ry(pi*-0.000959914756) q[1];
ry(pi*5.9930019e-05) q[2];
ry(pi*0.101111919634) q[3];
ry(pi*0.443472154087) q[4];
ry(pi*0.000158053012) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
