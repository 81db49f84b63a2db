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
ry(pi*-0.01240872483) q[0];
ry(pi*-0.008962747355) q[1];
ry(pi*-0.018234190802) q[2];
ry(pi*-0.053575472613) q[3];
ry(pi*0.00316554307) q[4];
ry(pi*0.001255693075) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.135471243172) q[0];
ry(pi*-0.255565396875) q[1];
ry(pi*-0.448867130785) q[2];
ry(pi*0.077150672132) q[3];
ry(pi*-0.002100794989) q[4];
ry(pi*-0.014403512408) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.050368779432) q[0];
ry(pi*0.112221269751) q[1];
ry(pi*0.032242759379) q[2];
ry(pi*-0.000661814203) q[3];
ry(pi*-0.021397749441) q[4];
ry(pi*-0.078979811021) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017021789535) q[0];
ry(pi*-0.221504249039) q[1];
ry(pi*0.158771257215) q[2];
ry(pi*0.367694810068) q[3];
ry(pi*0.492521184446) q[4];
ry(pi*-0.166173398837) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002616250601) q[0];
ry(pi*0.02743830471) q[1];
ry(pi*0.010356183023) q[2];
ry(pi*-0.042535918491) q[3];
ry(pi*-0.049399585075) q[4];
ry(pi*0.002853564397) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
