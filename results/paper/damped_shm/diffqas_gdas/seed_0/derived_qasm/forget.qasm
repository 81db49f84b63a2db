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
rz(pi*0.004128266534) q[0];
rz(pi*-0.00110029886) q[1];
rz(pi*0.002720199321) q[2];
rz(pi*-0.001556438695) q[3];
rz(pi*0.005604392551) q[4];
rz(pi*0.000634128147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001215897588) q[0];
rz(pi*0.008124645791) q[1];
rz(pi*-0.001032799604) q[2];
rz(pi*-0.00388728833) q[3];
rz(pi*0.000642718874) q[4];
rz(pi*-0.000123558741) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003394264287) q[0];
rz(pi*-0.002933636507) q[1];
rz(pi*0.002561467681) q[2];
rz(pi*0.002714456211) q[3];
rz(pi*-0.002125297107) q[4];
rz(pi*0.000519664671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002644319595) q[0];
rz(pi*0.007466956678) q[1];
rz(pi*-0.002241340065) q[2];
rz(pi*-0.001442185105) q[3];
rz(pi*-0.003392656939) q[4];
rz(pi*-0.001101728189) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-1.8688719e-05) q[0];
rz(pi*0.00244397153) q[1];
rz(pi*-0.001943233138) q[2];
rz(pi*-0.000591335559) q[3];
rz(pi*-0.004508823093) q[4];
rz(pi*-0.002633701971) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
