// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.012410049365) q[0];
ry(pi*-0.086512314392) q[1];
ry(pi*-0.041062475933) q[2];
ry(pi*0.067255013428) q[3];
ry(pi*-0.211660068143) q[4];
ry(pi*-0.219650118298) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.089119226844) q[0];
ry(pi*-0.135901829681) q[1];
ry(pi*-0.208387439921) q[2];
ry(pi*0.121905899325) q[3];
ry(pi*0.044497544078) q[4];
ry(pi*0.032986842085) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.04228446318) q[0];
ry(pi*-0.153281331402) q[1];
ry(pi*0.177113578449) q[2];
ry(pi*0.178932287071) q[3];
ry(pi*-0.182618350438) q[4];
ry(pi*-0.174658504898) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018157290698) q[0];
ry(pi*0.154780140524) q[1];
ry(pi*-0.1740187059) q[2];
ry(pi*-0.147097410936) q[3];
ry(pi*-0.132599566027) q[4];
ry(pi*-0.155952760682) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.063894565099) q[0];
ry(pi*0.132166693302) q[1];
ry(pi*-0.122868092738) q[2];
ry(pi*0.158822265447) q[3];
ry(pi*0.307837688366) q[4];
ry(pi*0.003652388519) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
