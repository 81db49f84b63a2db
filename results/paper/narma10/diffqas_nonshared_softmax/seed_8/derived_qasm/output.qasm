// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000524283794) q[0];
ry(pi*-0.005122484759) q[1];
ry(pi*-0.001163640341) q[2];
ry(pi*0.000310376847) q[3];
ry(pi*-0.0017790747) q[4];
ry(pi*-0.001900404828) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000814359764) q[0];
ry(pi*-0.002100434211) q[1];
ry(pi*0.001623229734) q[2];
ry(pi*-0.00010781477) q[3];
ry(pi*0.002313597774) q[4];
ry(pi*-0.004920292484) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000957900755) q[0];
ry(pi*-0.001135118373) q[1];
ry(pi*0.003462613907) q[2];
ry(pi*-0.001352114357) q[3];
ry(pi*-0.003547701937) q[4];
ry(pi*0.196607924923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000303481958) q[0];
ry(pi*-0.001646933959) q[1];
ry(pi*-0.000817029585) q[2];
ry(pi*0.00017338705) q[3];
ry(pi*0.003856193775) q[4];
ry(pi*-0.001957465812) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.113102174426) q[0];
ry(pi*-0.021724246713) q[1];
ry(pi*-0.002578868359) q[2];
ry(pi*0.00271551661) q[3];
ry(pi*0.005414381076) q[4];
ry(pi*-0.000269625127) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
