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
rx(pi*0.030359911972) q[0];
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
ry(pi*0.121564285517) q[0];
ry(pi*0.091051771951) q[1];
ry(pi*0.084631346699) q[2];
ry(pi*0.124122475952) q[3];
ry(pi*-0.149312175666) q[4];
ry(pi*-0.000618644681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.117139688972) q[0];
ry(pi*-0.041052263851) q[1];
ry(pi*0.025824414015) q[2];
ry(pi*-0.02433924867) q[3];
ry(pi*-0.014947478871) q[4];
ry(pi*-0.000145737596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.115249566929) q[0];
ry(pi*0.087887506577) q[1];
ry(pi*-0.065121129522) q[2];
ry(pi*0.042392437087) q[3];
ry(pi*0.070401653119) q[4];
ry(pi*0.003405855746) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.048519761846) q[0];
ry(pi*-0.047999595509) q[1];
ry(pi*-0.068093219935) q[2];
ry(pi*0.038597659875) q[3];
ry(pi*-0.084956444731) q[4];
ry(pi*0.000791620555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.053748883527) q[0];
ry(pi*0.088261070493) q[1];
ry(pi*0.086364734874) q[2];
ry(pi*0.116036822122) q[3];
ry(pi*0.150369394085) q[4];
ry(pi*0.004941656094) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
