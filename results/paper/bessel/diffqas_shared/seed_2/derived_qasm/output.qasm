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
ry(pi*-0.043697325755) q[0];
ry(pi*-0.372605071007) q[1];
ry(pi*0.236684704952) q[2];
ry(pi*0.004770191073) q[3];
ry(pi*-0.037547468487) q[4];
ry(pi*-0.059090689099) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.494180654795) q[0];
ry(pi*0.093148137248) q[1];
ry(pi*-0.508324838202) q[2];
ry(pi*0.461457939446) q[3];
ry(pi*-0.009697395862) q[4];
ry(pi*0.001549157607) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028617235678) q[0];
ry(pi*-0.025180500302) q[1];
ry(pi*-0.004395189971) q[2];
ry(pi*0.011906666795) q[3];
ry(pi*0.347852503401) q[4];
ry(pi*-0.035317772205) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001902709128) q[0];
ry(pi*0.030424748006) q[1];
ry(pi*-0.03673274787) q[2];
ry(pi*-0.061505222632) q[3];
ry(pi*0.420707437147) q[4];
ry(pi*-0.05937790804) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015192176327) q[0];
ry(pi*0.033215179103) q[1];
ry(pi*-0.070781971333) q[2];
ry(pi*-0.178731593345) q[3];
ry(pi*0.093469924536) q[4];
ry(pi*0.000145658981) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
