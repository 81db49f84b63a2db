// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013857102018) q[0];
ry(pi*-0.378620456555) q[1];
ry(pi*0.037719980567) q[2];
ry(pi*-0.011603714703) q[3];
ry(pi*-0.000324624454) q[4];
ry(pi*0.048968747177) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.047816579641) q[0];
ry(pi*0.017003083592) q[1];
ry(pi*0.048795288831) q[2];
ry(pi*0.005186063623) q[3];
ry(pi*-0.00132657274) q[4];
ry(pi*-0.004478565118) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.202581039189) q[0];
ry(pi*-0.020859127364) q[1];
ry(pi*-0.494988286719) q[2];
ry(pi*-0.01797292658) q[3];
ry(pi*-0.482066403611) q[4];
ry(pi*0.001426779382) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.137759906754) q[0];
ry(pi*-0.172049676199) q[1];
ry(pi*-0.034657895297) q[2];
ry(pi*-0.036554835672) q[3];
ry(pi*0.003787762335) q[4];
ry(pi*-0.000462054293) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.269711534474) q[0];
ry(pi*0.049785931879) q[1];
ry(pi*-0.090197476554) q[2];
ry(pi*0.001103175899) q[3];
ry(pi*0.008165760329) q[4];
ry(pi*-0.000269667204) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
