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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.018604913549) q[0];
rx(pi*0.068749022445) q[1];
rx(pi*0.016368936101) q[2];
rx(pi*-0.017140086989) q[3];
rx(pi*-0.002053894505) q[4];
rx(pi*-0.001261543203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.028010662704) q[0];
rx(pi*0.065256130108) q[1];
rx(pi*-0.039703536278) q[2];
rx(pi*-0.012151487574) q[3];
rx(pi*0.005006868392) q[4];
rx(pi*0.002280674276) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013650895524) q[0];
rx(pi*0.065199529659) q[1];
rx(pi*0.014541775121) q[2];
rx(pi*-0.014873984376) q[3];
rx(pi*0.001421042942) q[4];
rx(pi*-0.006329348355) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.033474572138) q[0];
rx(pi*0.063668471608) q[1];
rx(pi*-0.04447586297) q[2];
rx(pi*-0.01122686613) q[3];
rx(pi*0.003631251099) q[4];
rx(pi*-0.00349829453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.021908469721) q[0];
rx(pi*0.06539441298) q[1];
rx(pi*0.02110158485) q[2];
rx(pi*-0.01436211743) q[3];
rx(pi*0.009022471193) q[4];
rx(pi*0.002043246347) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
