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
ry(pi*-0.095514702932) q[0];
ry(pi*0.052721485523) q[1];
ry(pi*0.04079917214) q[2];
ry(pi*-0.000979712744) q[3];
ry(pi*-0.018625514395) q[4];
ry(pi*0.019275470928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.161037058636) q[0];
ry(pi*0.1151977903) q[1];
ry(pi*-0.016479978851) q[2];
ry(pi*0.069914888304) q[3];
ry(pi*-0.004262138835) q[4];
ry(pi*0.0533864661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.08890618186) q[0];
ry(pi*0.012231328454) q[1];
ry(pi*0.126175165984) q[2];
ry(pi*-0.002358305275) q[3];
ry(pi*-0.038508146451) q[4];
ry(pi*0.054534924464) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.157421194435) q[0];
ry(pi*0.090005235188) q[1];
ry(pi*-0.017883193784) q[2];
ry(pi*0.000560953187) q[3];
ry(pi*-0.030683121256) q[4];
ry(pi*-0.029283048684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.063554568718) q[0];
ry(pi*-0.015166780119) q[1];
ry(pi*0.07636143903) q[2];
ry(pi*-0.008924068445) q[3];
ry(pi*-0.016360626038) q[4];
ry(pi*0.003190456659) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
