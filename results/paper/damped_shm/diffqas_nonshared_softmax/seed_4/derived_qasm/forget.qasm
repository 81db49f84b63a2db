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
ry(pi*-0.12026765948) q[0];
ry(pi*0.379585296666) q[1];
ry(pi*-0.010488184729) q[2];
ry(pi*-0.005056610194) q[3];
ry(pi*-0.044730771322) q[4];
ry(pi*0.002572115839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.222226826135) q[0];
ry(pi*0.487835788511) q[1];
ry(pi*0.064422348995) q[2];
ry(pi*0.028731684035) q[3];
ry(pi*0.107525837233) q[4];
ry(pi*-0.006005285524) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.453941240374) q[0];
ry(pi*0.051835738054) q[1];
ry(pi*-0.463935135222) q[2];
ry(pi*-0.035190955988) q[3];
ry(pi*0.257970610045) q[4];
ry(pi*-0.004643984058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.250347701531) q[0];
ry(pi*0.001928546897) q[1];
ry(pi*0.884476940282) q[2];
ry(pi*0.067878524322) q[3];
ry(pi*-0.14567777509) q[4];
ry(pi*-0.00131324809) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094783123267) q[0];
ry(pi*0.094464798507) q[1];
ry(pi*-0.106139564964) q[2];
ry(pi*0.492372779613) q[3];
ry(pi*0.275050958967) q[4];
ry(pi*-0.00581059193) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
