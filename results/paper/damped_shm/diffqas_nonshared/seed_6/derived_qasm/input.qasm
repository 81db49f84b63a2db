// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007514545666) q[0];
ry(pi*0.01141225952) q[1];
ry(pi*0.006796602071) q[2];
ry(pi*0.000991210007) q[3];
ry(pi*0.049845387727) q[4];
ry(pi*-0.227443971269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02185290803) q[0];
ry(pi*0.008470961284) q[1];
ry(pi*-0.140731797953) q[2];
ry(pi*-0.006409242596) q[3];
ry(pi*0.039055054876) q[4];
ry(pi*0.032883606621) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.061263035508) q[0];
ry(pi*-0.151345693736) q[1];
ry(pi*-0.03627871816) q[2];
ry(pi*-0.00995686123) q[3];
ry(pi*-0.134943155713) q[4];
ry(pi*-0.016731935754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.178683383594) q[0];
ry(pi*-0.103358890603) q[1];
ry(pi*0.295205405278) q[2];
ry(pi*0.012647643899) q[3];
ry(pi*0.028282447315) q[4];
ry(pi*0.10984781696) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.095098345984) q[0];
ry(pi*-0.030331219475) q[1];
ry(pi*-0.172371776536) q[2];
ry(pi*-0.430283590037) q[3];
ry(pi*-0.382387723283) q[4];
ry(pi*0.000929533829) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
