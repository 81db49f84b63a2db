// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.050469363453) q[0];
rx(pi*-0.102946878414) q[1];
rx(pi*0.090176198618) q[2];
rx(pi*0.002438829767) q[3];
rx(pi*0.088898981702) q[4];
rx(pi*0.002266477325) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.284501303566) q[0];
rx(pi*-0.232864637067) q[1];
rx(pi*0.119470652295) q[2];
rx(pi*-0.034868359987) q[3];
rx(pi*0.091594952231) q[4];
rx(pi*0.001080785982) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.030106643804) q[0];
rx(pi*0.062817330431) q[1];
rx(pi*0.099673491281) q[2];
rx(pi*-0.014566178818) q[3];
rx(pi*0.091007717231) q[4];
rx(pi*0.003569058729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.324955698192) q[0];
rx(pi*-0.266949595701) q[1];
rx(pi*0.104225537258) q[2];
rx(pi*-0.049749153208) q[3];
rx(pi*0.09426405735) q[4];
rx(pi*-0.002999150591) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.111440019433) q[0];
rx(pi*0.032137659843) q[1];
rx(pi*0.086699471062) q[2];
rx(pi*-0.003498836143) q[3];
rx(pi*0.091150895071) q[4];
rx(pi*-0.002441136734) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
