// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.063015405917) q[0];
ry(pi*-0.402923977169) q[1];
ry(pi*0.119973430109) q[2];
ry(pi*0.078923362353) q[3];
ry(pi*-0.124863077158) q[4];
ry(pi*0.042639737367) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.06940350635) q[0];
ry(pi*-0.391993245985) q[1];
ry(pi*-0.027013063773) q[2];
ry(pi*0.207103136684) q[3];
ry(pi*-0.002948303923) q[4];
ry(pi*0.372448925294) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044340340634) q[0];
ry(pi*-0.106671409027) q[1];
ry(pi*-0.393528103328) q[2];
ry(pi*0.014973369557) q[3];
ry(pi*0.162410856324) q[4];
ry(pi*-0.017015183462) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032421250246) q[0];
ry(pi*0.116670407545) q[1];
ry(pi*0.152834703434) q[2];
ry(pi*0.146292824138) q[3];
ry(pi*0.11355689427) q[4];
ry(pi*0.005250401989) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.075223007763) q[0];
ry(pi*0.006235904015) q[1];
ry(pi*0.346906522201) q[2];
ry(pi*0.162733203307) q[3];
ry(pi*-0.089993633353) q[4];
ry(pi*-0.002335302301) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
