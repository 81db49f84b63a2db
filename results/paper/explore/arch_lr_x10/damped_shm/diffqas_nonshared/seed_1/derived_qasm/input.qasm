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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.238382215661) q[0];
ry(pi*-0.211667277787) q[1];
ry(pi*-0.034254710179) q[2];
ry(pi*-0.040996834969) q[3];
ry(pi*-0.170886229365) q[4];
ry(pi*7.81558e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.203092240903) q[0];
ry(pi*-0.302993111079) q[1];
ry(pi*-0.158189296639) q[2];
ry(pi*-0.010257965851) q[3];
ry(pi*-0.008040088998) q[4];
ry(pi*2.45563e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.146399953758) q[0];
ry(pi*-0.014296553543) q[1];
ry(pi*-0.081864370662) q[2];
ry(pi*-0.244352654769) q[3];
ry(pi*-0.124691791192) q[4];
ry(pi*-1.70165e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006951401905) q[0];
ry(pi*-0.145297153312) q[1];
ry(pi*-0.113596386045) q[2];
ry(pi*-0.128520690891) q[3];
ry(pi*-0.122606107552) q[4];
ry(pi*1.67102e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012409197963) q[0];
ry(pi*0.011124984847) q[1];
ry(pi*-0.010425164376) q[2];
ry(pi*-0.197395445735) q[3];
ry(pi*-0.161835204186) q[4];
ry(pi*0.001376613214) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
