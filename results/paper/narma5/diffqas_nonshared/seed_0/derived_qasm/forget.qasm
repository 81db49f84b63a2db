// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.000400211733) q[0];
rz(pi*-0.000420502827) q[1];
rz(pi*0.002038528655) q[2];
rz(pi*0.000333907427) q[3];
rz(pi*-0.001705088543) q[4];
rz(pi*0.001150992782) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004150761098) q[0];
rz(pi*0.003014652215) q[1];
rz(pi*-0.002240058811) q[2];
rz(pi*-0.004027961767) q[3];
rz(pi*-0.001983944208) q[4];
rz(pi*0.000131544591) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007400802858) q[0];
rz(pi*-0.000696435466) q[1];
rz(pi*-0.003965857739) q[2];
rz(pi*-0.002330879428) q[3];
rz(pi*-0.001732430199) q[4];
rz(pi*-0.001006814647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001310260624) q[0];
rz(pi*0.003318423099) q[1];
rz(pi*-0.000409138522) q[2];
rz(pi*0.004349588379) q[3];
rz(pi*-0.002117380432) q[4];
rz(pi*0.001118891337) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002875834845) q[0];
rz(pi*0.000299250461) q[1];
rz(pi*-0.002366631644) q[2];
rz(pi*-0.002933943035) q[3];
rz(pi*-0.001456986516) q[4];
rz(pi*0.000700902881) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
