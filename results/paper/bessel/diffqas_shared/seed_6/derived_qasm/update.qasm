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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.055971151978) q[0];
ry(pi*-0.218556946522) q[1];
ry(pi*0.417891008643) q[2];
ry(pi*0.004771741205) q[3];
ry(pi*0.398299407864) q[4];
ry(pi*-0.039140045671) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.144044287918) q[0];
ry(pi*-0.409167377199) q[1];
ry(pi*-0.101066119421) q[2];
ry(pi*-0.029037491526) q[3];
ry(pi*0.05754555327) q[4];
ry(pi*-0.164417395147) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.162843055516) q[0];
ry(pi*0.132280823865) q[1];
ry(pi*0.32798268625) q[2];
ry(pi*-0.005436800342) q[3];
ry(pi*-0.0181745725) q[4];
ry(pi*0.135514918437) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.047031468369) q[0];
ry(pi*-0.277013575879) q[1];
ry(pi*0.135413860097) q[2];
ry(pi*0.069034216045) q[3];
ry(pi*0.072925806445) q[4];
ry(pi*-0.094025569911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002865531754) q[0];
ry(pi*0.045126974469) q[1];
ry(pi*0.009589448042) q[2];
ry(pi*-0.183711408378) q[3];
ry(pi*0.144827748561) q[4];
ry(pi*0.000607025021) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
