// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.005110331529) q[0];
ry(pi*-0.088208696223) q[1];
ry(pi*-0.499783231299) q[2];
ry(pi*-0.011338939337) q[3];
ry(pi*0.002214968686) q[4];
ry(pi*-0.000263224307) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002366743701) q[0];
ry(pi*0.010499369164) q[1];
ry(pi*0.027263971246) q[2];
ry(pi*0.010432058598) q[3];
ry(pi*-0.23873201621) q[4];
ry(pi*-0.002476964397) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012280137033) q[0];
ry(pi*0.032590233395) q[1];
ry(pi*0.000992047328) q[2];
ry(pi*-0.037764666131) q[3];
ry(pi*-0.016161859233) q[4];
ry(pi*-0.00165798929) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010123861727) q[0];
ry(pi*-0.002143738766) q[1];
ry(pi*0.008614030624) q[2];
ry(pi*-0.496336641952) q[3];
ry(pi*-0.015760641351) q[4];
ry(pi*0.000928698064) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.426470333368) q[0];
ry(pi*-0.270758640419) q[1];
ry(pi*0.047394867635) q[2];
ry(pi*0.012216528525) q[3];
ry(pi*0.014153697053) q[4];
ry(pi*0.002171236207) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
