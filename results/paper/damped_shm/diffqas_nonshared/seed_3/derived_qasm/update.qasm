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
ry(pi*-0.051029514856) q[0];
ry(pi*-0.168212134414) q[1];
ry(pi*0.030339003045) q[2];
ry(pi*-0.008315831798) q[3];
ry(pi*0.011802874007) q[4];
ry(pi*0.021682466351) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008148104408) q[0];
ry(pi*-0.283862548069) q[1];
ry(pi*0.008078755458) q[2];
ry(pi*0.303328511313) q[3];
ry(pi*0.002340312292) q[4];
ry(pi*0.009123190989) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001204248691) q[0];
ry(pi*0.511757577442) q[1];
ry(pi*0.098571373854) q[2];
ry(pi*-0.024959560284) q[3];
ry(pi*0.019209320071) q[4];
ry(pi*0.015332233151) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.246308669165) q[0];
ry(pi*-0.001562915221) q[1];
ry(pi*-0.012788439474) q[2];
ry(pi*0.00012502811) q[3];
ry(pi*0.288364875961) q[4];
ry(pi*0.473175242804) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.052929540674) q[0];
ry(pi*0.030552026684) q[1];
ry(pi*0.163143507949) q[2];
ry(pi*0.083434697557) q[3];
ry(pi*-0.138129932252) q[4];
ry(pi*-0.000678057988) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
