// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.041979343451) q[0];
ry(pi*0.276259181485) q[1];
ry(pi*0.167453850606) q[2];
ry(pi*0.021845337904) q[3];
ry(pi*0.053961506367) q[4];
ry(pi*-0.010488299751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02911902928) q[0];
ry(pi*-0.028039795359) q[1];
ry(pi*0.019366457111) q[2];
ry(pi*0.07204350253) q[3];
ry(pi*0.269027661783) q[4];
ry(pi*-0.026427832769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.058589177716) q[0];
ry(pi*0.224967287758) q[1];
ry(pi*0.500328356285) q[2];
ry(pi*-0.064426760159) q[3];
ry(pi*0.02819229119) q[4];
ry(pi*-0.029055712478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018338234979) q[0];
ry(pi*-0.001385107521) q[1];
ry(pi*0.203794536132) q[2];
ry(pi*0.502451558534) q[3];
ry(pi*-0.243782523701) q[4];
ry(pi*-0.009558660016) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.136163245685) q[0];
ry(pi*0.001209943258) q[1];
ry(pi*-0.133553733967) q[2];
ry(pi*0.000904318751) q[3];
ry(pi*-0.019650970064) q[4];
ry(pi*-0.00060815742) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
