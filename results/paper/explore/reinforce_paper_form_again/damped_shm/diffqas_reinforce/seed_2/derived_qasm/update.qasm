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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.052302349067) q[0];
ry(pi*-0.377453101335) q[1];
ry(pi*0.016846061575) q[2];
ry(pi*0.003065176938) q[3];
ry(pi*0.3781719408) q[4];
ry(pi*0.463007823205) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029064826512) q[0];
ry(pi*0.473239674255) q[1];
ry(pi*-0.033183598965) q[2];
ry(pi*0.05779987821) q[3];
ry(pi*0.034430208095) q[4];
ry(pi*0.526539472844) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011939026002) q[0];
ry(pi*0.042872883977) q[1];
ry(pi*0.374247731503) q[2];
ry(pi*-0.004174350153) q[3];
ry(pi*-0.120569961756) q[4];
ry(pi*-0.245303511965) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007799131545) q[0];
ry(pi*0.047901373594) q[1];
ry(pi*0.115695454959) q[2];
ry(pi*0.042506719433) q[3];
ry(pi*-0.035013717322) q[4];
ry(pi*-0.188702834733) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.039052552845) q[0];
ry(pi*0.269504048505) q[1];
ry(pi*0.268481891723) q[2];
ry(pi*0.115627949922) q[3];
ry(pi*-0.005150382406) q[4];
ry(pi*0.00015970453) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
