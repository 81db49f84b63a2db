// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.007194831151) q[0];
ry(pi*-0.480861975641) q[1];
ry(pi*0.067866728016) q[2];
ry(pi*0.001090065582) q[3];
ry(pi*-0.00651019125) q[4];
ry(pi*0.010933647058) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001703255301) q[0];
ry(pi*-0.016010967784) q[1];
ry(pi*0.061119658453) q[2];
ry(pi*0.473907021683) q[3];
ry(pi*0.000819241763) q[4];
ry(pi*-0.03865203577) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.037482878139) q[0];
ry(pi*-0.066801038264) q[1];
ry(pi*-0.015659274704) q[2];
ry(pi*0.018491299992) q[3];
ry(pi*0.135303362814) q[4];
ry(pi*0.033764599046) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.082843525711) q[0];
ry(pi*-0.476570453949) q[1];
ry(pi*-0.122434869017) q[2];
ry(pi*0.479936598845) q[3];
ry(pi*0.528377666477) q[4];
ry(pi*0.36657746701) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006275056652) q[0];
ry(pi*-0.28623848629) q[1];
ry(pi*0.016672811929) q[2];
ry(pi*0.057807661779) q[3];
ry(pi*-0.117522445184) q[4];
ry(pi*0.00233374031) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
