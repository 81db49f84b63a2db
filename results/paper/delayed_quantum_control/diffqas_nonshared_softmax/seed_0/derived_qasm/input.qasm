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
ry(pi*0.150191448685) q[0];
ry(pi*0.497863872251) q[1];
ry(pi*-0.461323308829) q[2];
ry(pi*-0.503974576883) q[3];
ry(pi*-0.448364922153) q[4];
ry(pi*-0.050834233108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001903319368) q[0];
ry(pi*0.377959256298) q[1];
ry(pi*0.001467274933) q[2];
ry(pi*-0.004342938135) q[3];
ry(pi*-0.072305729619) q[4];
ry(pi*-0.250213772905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00070211269) q[0];
ry(pi*0.027760917312) q[1];
ry(pi*-0.010942086373) q[2];
ry(pi*0.005375303144) q[3];
ry(pi*-0.318058535222) q[4];
ry(pi*-0.268738915536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002676232053) q[0];
ry(pi*0.001045046957) q[1];
ry(pi*0.007977580316) q[2];
ry(pi*0.023045205298) q[3];
ry(pi*-0.000570447342) q[4];
ry(pi*0.025050548839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001700735187) q[0];
ry(pi*0.00786022735) q[1];
ry(pi*-0.037581123769) q[2];
ry(pi*-0.10453078031) q[3];
ry(pi*-0.315076986895) q[4];
ry(pi*0.003812380661) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
