// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.03250912727) q[0];
ry(pi*-0.018916300213) q[1];
ry(pi*-0.012342192147) q[2];
ry(pi*-0.37024414023) q[3];
ry(pi*-0.018113333213) q[4];
ry(pi*0.005659426563) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.496966195666) q[0];
ry(pi*-0.085269665823) q[1];
ry(pi*0.061701898878) q[2];
ry(pi*0.055775950863) q[3];
ry(pi*-0.004986614391) q[4];
ry(pi*0.090112279431) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005171960349) q[0];
ry(pi*-0.245773523844) q[1];
ry(pi*-0.480647507701) q[2];
ry(pi*-0.22202095285) q[3];
ry(pi*0.488294435714) q[4];
ry(pi*-0.00509972932) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.095109255314) q[0];
ry(pi*-0.147298911003) q[1];
ry(pi*-0.131477318514) q[2];
ry(pi*-0.000295241616) q[3];
ry(pi*-0.021331131381) q[4];
ry(pi*-0.150184978978) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003031938463) q[0];
ry(pi*-0.485740969493) q[1];
ry(pi*-0.031462640311) q[2];
ry(pi*-0.019638468209) q[3];
ry(pi*-0.080289784385) q[4];
ry(pi*-0.004790064136) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
