// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.135442452028) q[0];
ry(pi*-0.17302929608) q[1];
ry(pi*-0.014424231834) q[2];
ry(pi*0.520794259223) q[3];
ry(pi*0.164450369783) q[4];
ry(pi*0.003617676691) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.031584646937) q[0];
ry(pi*0.421760690263) q[1];
ry(pi*0.420731646373) q[2];
ry(pi*0.017228964825) q[3];
ry(pi*-0.216450838718) q[4];
ry(pi*0.024087079508) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.444606914126) q[0];
ry(pi*-0.03617200594) q[1];
ry(pi*0.491982510193) q[2];
ry(pi*-0.216730971338) q[3];
ry(pi*-0.716207489197) q[4];
ry(pi*0.484542688694) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.257892461298) q[0];
ry(pi*-0.368956953135) q[1];
ry(pi*-0.092393040863) q[2];
ry(pi*0.525689835257) q[3];
ry(pi*-0.48531290636) q[4];
ry(pi*-0.495940946327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.134606161768) q[0];
ry(pi*0.077511519563) q[1];
ry(pi*-0.072884042685) q[2];
ry(pi*-0.493584265444) q[3];
ry(pi*0.374064227087) q[4];
ry(pi*-0.002118102878) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
