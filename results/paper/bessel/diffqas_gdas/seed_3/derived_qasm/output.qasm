// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rz(pi*-0.001898252014) q[0];
rz(pi*-0.001022504369) q[1];
rz(pi*0.000715026906) q[2];
rz(pi*0.001831433851) q[3];
rz(pi*-0.003975963988) q[4];
rz(pi*-0.005506768871) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-1.4026625e-05) q[0];
rz(pi*0.003862898566) q[1];
rz(pi*0.002409808874) q[2];
rz(pi*0.000686442016) q[3];
rz(pi*-0.001009524045) q[4];
rz(pi*0.000933378108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000774570725) q[0];
rz(pi*0.002601240786) q[1];
rz(pi*-0.002528809357) q[2];
rz(pi*0.000427314303) q[3];
rz(pi*-0.000352605033) q[4];
rz(pi*0.001729575542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000715069002) q[0];
rz(pi*0.00811702349) q[1];
rz(pi*0.004770387025) q[2];
rz(pi*0.004764305074) q[3];
rz(pi*-0.006491913379) q[4];
rz(pi*-0.001083252809) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001937257019) q[0];
rz(pi*0.001695699997) q[1];
rz(pi*-0.007254372969) q[2];
rz(pi*0.003738531908) q[3];
rz(pi*0.003396314826) q[4];
rz(pi*-0.004144624304) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
