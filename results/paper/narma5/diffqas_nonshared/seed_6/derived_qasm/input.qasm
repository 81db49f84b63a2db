// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.000800905195) q[0];
rx(pi*-0.000252735842) q[1];
rx(pi*-0.004072829351) q[2];
rx(pi*0.002005260238) q[3];
rx(pi*-0.002670134686) q[4];
rx(pi*0.004579408829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001928502875) q[0];
rx(pi*0.002546022975) q[1];
rx(pi*-0.001213887588) q[2];
rx(pi*0.000534833198) q[3];
rx(pi*-0.001948682912) q[4];
rx(pi*-0.001340376007) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003369849621) q[0];
rx(pi*0.004681373712) q[1];
rx(pi*-0.003762897956) q[2];
rx(pi*0.005437169124) q[3];
rx(pi*0.002334099903) q[4];
rx(pi*-0.002946846875) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004346775373) q[0];
rx(pi*0.001560028843) q[1];
rx(pi*-0.002694597673) q[2];
rx(pi*0.000858537659) q[3];
rx(pi*-0.001067757336) q[4];
rx(pi*-0.002436118739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000163571191) q[0];
rx(pi*0.001081747218) q[1];
rx(pi*-0.001159197087) q[2];
rx(pi*-4.8561359e-05) q[3];
rx(pi*0.002521824125) q[4];
rx(pi*-0.000381746469) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
