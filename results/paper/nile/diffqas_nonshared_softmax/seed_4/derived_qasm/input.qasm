// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006493443057) q[0];
ry(pi*0.006914412754) q[1];
ry(pi*-0.042071195266) q[2];
ry(pi*-0.002937188265) q[3];
ry(pi*0.010391293278) q[4];
ry(pi*0.000338065386) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011403341143) q[0];
ry(pi*0.489967149042) q[1];
ry(pi*-0.030898834283) q[2];
ry(pi*-0.488048321231) q[3];
ry(pi*0.011634381778) q[4];
ry(pi*0.000913239203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.030921224496) q[0];
ry(pi*0.026865448681) q[1];
ry(pi*0.007288238731) q[2];
ry(pi*0.062796289654) q[3];
ry(pi*-0.081730944814) q[4];
ry(pi*-0.000916347473) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005561477381) q[0];
ry(pi*-0.025405493374) q[1];
ry(pi*-0.479142551409) q[2];
ry(pi*0.008817171834) q[3];
ry(pi*-0.371795579754) q[4];
ry(pi*-0.009819888071) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030615177475) q[0];
ry(pi*-0.03956363598) q[1];
ry(pi*-0.0651919121) q[2];
ry(pi*-0.023734629889) q[3];
ry(pi*-0.011661347982) q[4];
ry(pi*0.000538810323) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
