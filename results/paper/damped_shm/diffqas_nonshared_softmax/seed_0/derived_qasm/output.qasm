// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.014379096853) q[0];
ry(pi*-0.00118600758) q[1];
ry(pi*0.000225813865) q[2];
ry(pi*0.019291177991) q[3];
ry(pi*0.045036057062) q[4];
ry(pi*0.003514642221) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018996816997) q[0];
ry(pi*0.007149246753) q[1];
ry(pi*0.001214282088) q[2];
ry(pi*-0.004941535736) q[3];
ry(pi*0.001738238676) q[4];
ry(pi*-0.000242996671) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000136656894) q[0];
ry(pi*-0.000341779079) q[1];
ry(pi*0.000166556101) q[2];
ry(pi*0.000167525453) q[3];
ry(pi*-0.000469405418) q[4];
ry(pi*0.003070678739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.070754925681) q[0];
ry(pi*-0.001015360166) q[1];
ry(pi*0.00016969924) q[2];
ry(pi*-0.00022840611) q[3];
ry(pi*-0.000425281254) q[4];
ry(pi*-0.004829875187) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003280602706) q[0];
ry(pi*0.001722959834) q[1];
ry(pi*0.039841674482) q[2];
ry(pi*0.001241539701) q[3];
ry(pi*0.004873845715) q[4];
ry(pi*-0.002586214962) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
