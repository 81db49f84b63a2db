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
ry(pi*-0.006596920423) q[0];
ry(pi*0.013887925618) q[1];
ry(pi*-0.064381272996) q[2];
ry(pi*0.012414363294) q[3];
ry(pi*-0.042892691525) q[4];
ry(pi*0.007732020193) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.06536201227) q[0];
ry(pi*0.267155336177) q[1];
ry(pi*-0.3983660781) q[2];
ry(pi*-0.020480950699) q[3];
ry(pi*0.001692227392) q[4];
ry(pi*-0.028362123369) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025590482407) q[0];
ry(pi*0.265227287611) q[1];
ry(pi*0.145610364917) q[2];
ry(pi*-0.001892460138) q[3];
ry(pi*0.042185050725) q[4];
ry(pi*-0.046901690031) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0235262356) q[0];
ry(pi*0.2920663452) q[1];
ry(pi*-0.17657685839) q[2];
ry(pi*0.479958189832) q[3];
ry(pi*0.517570220208) q[4];
ry(pi*0.013821435624) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.03290161413) q[0];
ry(pi*-0.00422268886) q[1];
ry(pi*0.020054675747) q[2];
ry(pi*-0.006734252285) q[3];
ry(pi*0.031805067576) q[4];
ry(pi*-0.001417775035) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
