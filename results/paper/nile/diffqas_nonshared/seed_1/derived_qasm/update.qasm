// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.172385247187) q[0];
rx(pi*0.005683086172) q[1];
rx(pi*0.003926850362) q[2];
rx(pi*-0.000239738751) q[3];
rx(pi*-0.001134325445) q[4];
rx(pi*0.006149679992) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.016507509493) q[0];
rx(pi*-0.000769186319) q[1];
rx(pi*0.000642919051) q[2];
rx(pi*0.007522516591) q[3];
rx(pi*0.002296792515) q[4];
rx(pi*0.00332522898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.165906736868) q[0];
rx(pi*0.001833616754) q[1];
rx(pi*0.004189789819) q[2];
rx(pi*-0.000939779409) q[3];
rx(pi*0.004578271057) q[4];
rx(pi*0.001889041338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019252206782) q[0];
rx(pi*0.00904360387) q[1];
rx(pi*-0.001239336491) q[2];
rx(pi*-0.001070244397) q[3];
rx(pi*0.000797306154) q[4];
rx(pi*0.001121112853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.167676438882) q[0];
rx(pi*0.007645347346) q[1];
rx(pi*0.001149362459) q[2];
rx(pi*-0.000128998028) q[3];
rx(pi*0.002430394454) q[4];
rx(pi*-0.000829133013) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
