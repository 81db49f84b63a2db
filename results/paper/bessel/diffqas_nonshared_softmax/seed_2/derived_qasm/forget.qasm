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
ry(pi*0.202255466839) q[0];
ry(pi*0.061415268092) q[1];
ry(pi*0.208276809829) q[2];
ry(pi*0.497785970149) q[3];
ry(pi*4.8039956e-05) q[4];
ry(pi*0.009381337752) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.102886725317) q[0];
ry(pi*-0.058658831416) q[1];
ry(pi*0.029636731532) q[2];
ry(pi*-0.014189295857) q[3];
ry(pi*-0.000492451711) q[4];
ry(pi*-0.001213020919) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004183737809) q[0];
ry(pi*0.047718481049) q[1];
ry(pi*-0.082274589926) q[2];
ry(pi*0.039073093216) q[3];
ry(pi*-0.006093268084) q[4];
ry(pi*-0.014491758215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.116699397903) q[0];
ry(pi*-0.033821569464) q[1];
ry(pi*-0.071247406037) q[2];
ry(pi*0.095463770591) q[3];
ry(pi*0.305518383797) q[4];
ry(pi*-0.003992081337) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.240916367625) q[0];
ry(pi*0.363928909378) q[1];
ry(pi*0.241612477738) q[2];
ry(pi*-0.034822407992) q[3];
ry(pi*-0.196703699354) q[4];
ry(pi*-0.004092434425) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
