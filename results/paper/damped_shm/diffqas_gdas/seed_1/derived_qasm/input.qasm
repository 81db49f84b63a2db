// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001328831979) q[0];
ry(pi*-0.00495654229) q[1];
ry(pi*-0.101017188705) q[2];
ry(pi*0.006835599368) q[3];
ry(pi*-0.016348113511) q[4];
ry(pi*-0.020457410262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000677112834) q[0];
ry(pi*0.001226913269) q[1];
ry(pi*-0.015847787925) q[2];
ry(pi*0.050614765849) q[3];
ry(pi*-0.051583139634) q[4];
ry(pi*-0.019424468659) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002090079092) q[0];
ry(pi*0.034004936327) q[1];
ry(pi*-0.041348570738) q[2];
ry(pi*-0.001770195157) q[3];
ry(pi*-0.020222964019) q[4];
ry(pi*-0.016047841319) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002064639306) q[0];
ry(pi*0.002782528354) q[1];
ry(pi*-0.035689834902) q[2];
ry(pi*-0.041487128715) q[3];
ry(pi*-0.047393226492) q[4];
ry(pi*-0.006293336894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00130481337) q[0];
ry(pi*0.012512527105) q[1];
ry(pi*-0.105179145503) q[2];
ry(pi*-0.030361236733) q[3];
ry(pi*-0.016465673399) q[4];
ry(pi*-0.003992754277) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
