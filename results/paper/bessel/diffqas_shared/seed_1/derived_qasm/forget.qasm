// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.003816799532) q[0];
ry(pi*-0.005374278616) q[1];
ry(pi*-0.044759116607) q[2];
ry(pi*-0.026644231186) q[3];
ry(pi*0.168857492426) q[4];
ry(pi*0.303867792693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002740630895) q[0];
ry(pi*-0.007387629249) q[1];
ry(pi*-0.340490394276) q[2];
ry(pi*0.019629585405) q[3];
ry(pi*-0.141647451215) q[4];
ry(pi*0.211839512391) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.693045938267) q[0];
ry(pi*0.047998509319) q[1];
ry(pi*0.519544524333) q[2];
ry(pi*-0.458433190172) q[3];
ry(pi*-0.39269869069) q[4];
ry(pi*-0.053268052439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.043334875126) q[0];
ry(pi*-0.180485984352) q[1];
ry(pi*-0.502437177192) q[2];
ry(pi*-0.376831022883) q[3];
ry(pi*-0.202440811611) q[4];
ry(pi*0.068962944918) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.30936723334) q[0];
ry(pi*-0.027643864945) q[1];
ry(pi*-0.044024012754) q[2];
ry(pi*-0.156810603982) q[3];
ry(pi*-0.326554266021) q[4];
ry(pi*0.000691842801) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
