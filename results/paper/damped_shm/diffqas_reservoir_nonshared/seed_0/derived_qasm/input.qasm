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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.557601693315) q[0];
ry(pi*0.70178668313) q[1];
ry(pi*0.258369322338) q[2];
ry(pi*0.370212873142) q[3];
ry(pi*1.169362157397) q[4];
ry(pi*0.995599109272) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.882062420347) q[0];
ry(pi*0.118557152439) q[1];
ry(pi*1.417052516913) q[2];
ry(pi*1.448353148932) q[3];
ry(pi*0.198965231906) q[4];
ry(pi*0.952175650387) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.357087554114) q[0];
ry(pi*1.788675368773) q[1];
ry(pi*0.576482347292) q[2];
ry(pi*0.621373196429) q[3];
ry(pi*1.307974092304) q[4];
ry(pi*1.592966467499) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.469959096451) q[0];
ry(pi*0.29802471764) q[1];
ry(pi*1.01125466176) q[2];
ry(pi*1.5721658094) q[3];
ry(pi*1.839899207254) q[4];
ry(pi*0.177661928803) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.400252614294) q[0];
ry(pi*0.472447903548) q[1];
ry(pi*0.594269222364) q[2];
ry(pi*1.727356055352) q[3];
ry(pi*1.107993818396) q[4];
ry(pi*1.622020119062) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
