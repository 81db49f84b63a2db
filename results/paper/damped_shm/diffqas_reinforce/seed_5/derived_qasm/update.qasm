// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.00944537789) q[0];
ry(pi*0.041653960828) q[1];
ry(pi*-0.02234505399) q[2];
ry(pi*0.015470545667) q[3];
ry(pi*-0.544517251704) q[4];
ry(pi*-0.119341087401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.037802094619) q[0];
ry(pi*-0.165679652051) q[1];
ry(pi*-0.173006585701) q[2];
ry(pi*-0.165143235556) q[3];
ry(pi*-0.138178872455) q[4];
ry(pi*0.118213888001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.072751257167) q[0];
ry(pi*-0.052804733197) q[1];
ry(pi*-0.04966408415) q[2];
ry(pi*0.02821933447) q[3];
ry(pi*-0.250967161743) q[4];
ry(pi*-0.0065672091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.020750992188) q[0];
ry(pi*-0.277670013976) q[1];
ry(pi*0.014140156441) q[2];
ry(pi*-0.345420766329) q[3];
ry(pi*-0.435984141809) q[4];
ry(pi*-0.300348272105) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005137336863) q[0];
ry(pi*0.095255848249) q[1];
ry(pi*0.09050948339) q[2];
ry(pi*0.030158086037) q[3];
ry(pi*-0.007361045465) q[4];
ry(pi*0.002024524247) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
