// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000400320344) q[0];
rz(pi*-0.000420395957) q[1];
rz(pi*0.002038635969) q[2];
rz(pi*0.000334020485) q[3];
rz(pi*-0.001704980635) q[4];
rz(pi*0.00115110232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004150868116) q[0];
rz(pi*0.003014765162) q[1];
rz(pi*-0.002239971507) q[2];
rz(pi*-0.004027883801) q[3];
rz(pi*-0.001983864611) q[4];
rz(pi*0.000131622789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007400709772) q[0];
rz(pi*-0.000696354609) q[1];
rz(pi*-0.00396577918) q[2];
rz(pi*-0.002330807094) q[3];
rz(pi*-0.00173234245) q[4];
rz(pi*-0.001006753134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001310303313) q[0];
rz(pi*0.003318450966) q[1];
rz(pi*-0.000409132222) q[2];
rz(pi*0.004349597866) q[3];
rz(pi*-0.002117370204) q[4];
rz(pi*0.001118879553) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002875814687) q[0];
rz(pi*0.000299229172) q[1];
rz(pi*-0.002366649134) q[2];
rz(pi*-0.002933958154) q[3];
rz(pi*-0.001457003117) q[4];
rz(pi*0.000700893691) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
