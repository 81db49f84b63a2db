// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.016759921743) q[0];
ry(pi*-0.132744214255) q[1];
ry(pi*-0.061298424425) q[2];
ry(pi*-0.269513762552) q[3];
ry(pi*-0.241826376495) q[4];
ry(pi*0.032384042316) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003727949858) q[0];
ry(pi*0.007406634013) q[1];
ry(pi*-0.441395700688) q[2];
ry(pi*-0.063882626498) q[3];
ry(pi*-0.48976137062) q[4];
ry(pi*-0.068935643135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.028873666592) q[0];
ry(pi*-0.173384959209) q[1];
ry(pi*-0.174323654874) q[2];
ry(pi*0.582920711276) q[3];
ry(pi*0.382425706724) q[4];
ry(pi*0.038660737146) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01618403956) q[0];
ry(pi*0.091593737975) q[1];
ry(pi*0.033247615387) q[2];
ry(pi*0.149739546294) q[3];
ry(pi*-0.31019106799) q[4];
ry(pi*-0.010119164786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.144392883698) q[0];
ry(pi*0.238786543887) q[1];
ry(pi*-0.395547638484) q[2];
ry(pi*-0.429809005726) q[3];
ry(pi*0.02912923899) q[4];
ry(pi*0.004423951471) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
