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
ry(pi*-0.029643903231) q[0];
ry(pi*-0.093634275963) q[1];
ry(pi*-0.022964604323) q[2];
ry(pi*0.150048213926) q[3];
ry(pi*-0.054044464706) q[4];
ry(pi*-0.290529913119) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004366529561) q[0];
ry(pi*-0.015128965061) q[1];
ry(pi*0.179750904215) q[2];
ry(pi*-0.159527833475) q[3];
ry(pi*-0.024098804667) q[4];
ry(pi*0.031777049571) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032740907843) q[0];
ry(pi*-0.157904193159) q[1];
ry(pi*0.213746330453) q[2];
ry(pi*0.056666275508) q[3];
ry(pi*-0.108116136332) q[4];
ry(pi*-0.148129433547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012841348538) q[0];
ry(pi*-0.21777363766) q[1];
ry(pi*0.030061666534) q[2];
ry(pi*-0.180820018548) q[3];
ry(pi*0.440626203987) q[4];
ry(pi*-0.204740422468) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042633096905) q[0];
ry(pi*-0.044934927574) q[1];
ry(pi*0.021843288847) q[2];
ry(pi*-0.001191665906) q[3];
ry(pi*0.060540263941) q[4];
ry(pi*0.000605208603) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
