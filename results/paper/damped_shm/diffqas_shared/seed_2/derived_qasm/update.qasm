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
ry(pi*-0.004311972239) q[0];
ry(pi*-0.00916117443) q[1];
ry(pi*0.00976473963) q[2];
ry(pi*0.005088834813) q[3];
ry(pi*-0.006879154867) q[4];
ry(pi*0.002436288308) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004081175582) q[0];
ry(pi*-0.169149407122) q[1];
ry(pi*0.489606363272) q[2];
ry(pi*-0.009988835053) q[3];
ry(pi*-0.00224025091) q[4];
ry(pi*0.016573969843) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01423575063) q[0];
ry(pi*-0.199451332675) q[1];
ry(pi*0.165945422301) q[2];
ry(pi*0.002562553574) q[3];
ry(pi*-0.063072973976) q[4];
ry(pi*-0.003981493654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0018602914) q[0];
ry(pi*0.259123128577) q[1];
ry(pi*-0.151071822123) q[2];
ry(pi*-0.481421102516) q[3];
ry(pi*0.50393071189) q[4];
ry(pi*0.005654796027) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013468288756) q[0];
ry(pi*0.013512131219) q[1];
ry(pi*0.012441738597) q[2];
ry(pi*0.006547987928) q[3];
ry(pi*-0.009268457018) q[4];
ry(pi*-0.002662043106) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
