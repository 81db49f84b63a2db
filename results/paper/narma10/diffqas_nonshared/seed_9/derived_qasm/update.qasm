// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.002157233578) q[0];
ry(pi*0.002363218328) q[1];
ry(pi*-0.0351358615) q[2];
ry(pi*0.130563126153) q[3];
ry(pi*-0.017780041326) q[4];
ry(pi*0.000453060766) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00114175461) q[0];
ry(pi*-0.003520566757) q[1];
ry(pi*0.186039421439) q[2];
ry(pi*0.16057569833) q[3];
ry(pi*0.008625689971) q[4];
ry(pi*-0.066942693542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000268069917) q[0];
ry(pi*-0.012663586936) q[1];
ry(pi*0.023464066649) q[2];
ry(pi*-0.006156178158) q[3];
ry(pi*-0.067900238631) q[4];
ry(pi*-0.001895905026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000937630227) q[0];
ry(pi*-0.433923170172) q[1];
ry(pi*-0.005443023996) q[2];
ry(pi*0.257071624341) q[3];
ry(pi*-0.324554500469) q[4];
ry(pi*-0.016590999069) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003801488821) q[0];
ry(pi*0.000487428009) q[1];
ry(pi*-0.037806809347) q[2];
ry(pi*0.002761083221) q[3];
ry(pi*-0.008687422548) q[4];
ry(pi*0.000715492183) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
