// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.18507915376) q[0];
rx(pi*-0.145418768625) q[1];
rx(pi*0.13223973838) q[2];
rx(pi*-0.059436510114) q[3];
rx(pi*-0.014731455166) q[4];
rx(pi*-0.003083768156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.198554908292) q[0];
rx(pi*-0.069232746877) q[1];
rx(pi*0.337840318824) q[2];
rx(pi*-0.127293334356) q[3];
rx(pi*-0.011434253678) q[4];
rx(pi*-0.001255857011) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.216455524987) q[0];
rx(pi*0.095828331938) q[1];
rx(pi*0.122122700913) q[2];
rx(pi*-0.056370869826) q[3];
rx(pi*-0.009124187058) q[4];
rx(pi*0.002288669214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.117551805511) q[0];
rx(pi*-0.121178360856) q[1];
rx(pi*0.32070367776) q[2];
rx(pi*-0.130772831933) q[3];
rx(pi*-0.015353176693) q[4];
rx(pi*0.000389729141) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.181730425846) q[0];
rx(pi*-0.114720416996) q[1];
rx(pi*0.12612172924) q[2];
rx(pi*-0.060204507968) q[3];
rx(pi*-0.015323481971) q[4];
rx(pi*0.001169707248) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
