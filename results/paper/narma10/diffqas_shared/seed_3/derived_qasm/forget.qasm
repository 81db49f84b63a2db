// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.095514750364) q[0];
ry(pi*0.052721485523) q[1];
ry(pi*0.040799129451) q[2];
ry(pi*-0.000979755878) q[3];
ry(pi*-0.018625487122) q[4];
ry(pi*0.019275470928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.161037096581) q[0];
ry(pi*0.115197932596) q[1];
ry(pi*-0.016479976479) q[2];
ry(pi*0.069914987911) q[3];
ry(pi*-0.004262161365) q[4];
ry(pi*0.053386442384) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.088906086996) q[0];
ry(pi*0.012231320153) q[1];
ry(pi*0.126175080607) q[2];
ry(pi*-0.002358296085) q[3];
ry(pi*-0.03850812985) q[4];
ry(pi*0.054534948179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.157421270326) q[0];
ry(pi*0.090005320566) q[1];
ry(pi*-0.017883218685) q[2];
ry(pi*0.000560957634) q[3];
ry(pi*-0.030683121256) q[4];
ry(pi*-0.029283048684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.063554507056) q[0];
ry(pi*-0.015166757589) q[1];
ry(pi*0.07636143903) q[2];
ry(pi*-0.008924089196) q[3];
ry(pi*-0.01636062841) q[4];
ry(pi*0.003190458438) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
