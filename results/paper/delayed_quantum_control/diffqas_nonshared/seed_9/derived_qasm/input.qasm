// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.134561443002) q[0];
ry(pi*-0.534079774014) q[1];
ry(pi*-0.001836998943) q[2];
ry(pi*-3.70281e-06) q[3];
ry(pi*4.502e-09) q[4];
ry(pi*-4.1979256e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.475109059085) q[0];
ry(pi*-0.462421755029) q[1];
ry(pi*0.013810584398) q[2];
ry(pi*2.4950053e-05) q[3];
ry(pi*-0.005209001675) q[4];
ry(pi*0.001624658619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.037741977096) q[0];
ry(pi*-0.259957018783) q[1];
ry(pi*0.513041880679) q[2];
ry(pi*0.00417753372) q[3];
ry(pi*0.000654728104) q[4];
ry(pi*-0.000127234368) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.493814632547) q[0];
ry(pi*-0.019289470444) q[1];
ry(pi*0.064431266186) q[2];
ry(pi*0.004388525497) q[3];
ry(pi*0.002218097411) q[4];
ry(pi*0.003288957236) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.013999129635) q[0];
ry(pi*-0.661245412292) q[1];
ry(pi*-0.151178145401) q[2];
ry(pi*-0.001667172989) q[3];
ry(pi*-0.003628587504) q[4];
ry(pi*-0.002783956647) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
