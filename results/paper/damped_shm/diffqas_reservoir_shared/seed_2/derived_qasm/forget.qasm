// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*1.353255362644) q[0];
rx(pi*0.288534283625) q[1];
rx(pi*1.873758883482) q[2];
rx(pi*1.699024582457) q[3];
rx(pi*0.860344515906) q[4];
rx(pi*1.707802438014) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.553396449561) q[0];
rx(pi*1.998734649275) q[1];
rx(pi*0.418427064656) q[2];
rx(pi*0.167030986006) q[3];
rx(pi*0.202145235175) q[4];
rx(pi*0.084504049049) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.621154212975) q[0];
rx(pi*0.064115687731) q[1];
rx(pi*1.119726717353) q[2];
rx(pi*0.984070357081) q[3];
rx(pi*1.880395398843) q[4];
rx(pi*0.945001978593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.464037853678) q[0];
rx(pi*0.353592594379) q[1];
rx(pi*1.82118767635) q[2];
rx(pi*0.216170364589) q[3];
rx(pi*0.785585515147) q[4];
rx(pi*1.18915209928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.589899864343) q[0];
rx(pi*1.678467382657) q[1];
rx(pi*0.163945637776) q[2];
rx(pi*1.30808944661) q[3];
rx(pi*1.441117853653) q[4];
rx(pi*0.639658523529) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
