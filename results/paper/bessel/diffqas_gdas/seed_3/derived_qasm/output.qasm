// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.000358347846) q[0];
rx(pi*0.001709406029) q[1];
rx(pi*-0.002602152663) q[2];
rx(pi*-0.005799543862) q[3];
rx(pi*-0.088916379712) q[4];
rx(pi*0.006969511985) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*4.920112e-05) q[0];
rx(pi*0.000632263334) q[1];
rx(pi*-0.002942548659) q[2];
rx(pi*0.001793920726) q[3];
rx(pi*-0.09031403563) q[4];
rx(pi*-0.002525048603) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-4.668673e-05) q[0];
rx(pi*0.001863009691) q[1];
rx(pi*0.011008799297) q[2];
rx(pi*-0.002727142161) q[3];
rx(pi*-0.094769918235) q[4];
rx(pi*0.000360125318) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-5.5863102e-05) q[0];
rx(pi*-0.001866385802) q[1];
rx(pi*0.014946587152) q[2];
rx(pi*0.002910099331) q[3];
rx(pi*-0.091155733122) q[4];
rx(pi*5.4603415e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000304375011) q[0];
rx(pi*-0.002335187723) q[1];
rx(pi*0.009175275925) q[2];
rx(pi*0.001610168479) q[3];
rx(pi*-0.092318051078) q[4];
rx(pi*-0.000620333033) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
