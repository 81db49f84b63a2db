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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.103031696082) q[0];
ry(pi*0.019520385385) q[1];
ry(pi*-0.001855343663) q[2];
ry(pi*-3.1662623e-05) q[3];
ry(pi*0.000973836825) q[4];
ry(pi*-0.003426844052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.099596442953) q[0];
ry(pi*0.021080534586) q[1];
ry(pi*0.00190194666) q[2];
ry(pi*0.002515728833) q[3];
ry(pi*-0.001137854599) q[4];
ry(pi*0.003016614412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.098103240277) q[0];
ry(pi*0.02428093593) q[1];
ry(pi*-5.06634e-07) q[2];
ry(pi*0.009447930317) q[3];
ry(pi*-0.002840055504) q[4];
ry(pi*0.009019001552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.100770258394) q[0];
ry(pi*0.020221533948) q[1];
ry(pi*-0.00475998996) q[2];
ry(pi*0.003432537062) q[3];
ry(pi*-0.005321733591) q[4];
ry(pi*-0.007143829441) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.100363938029) q[0];
ry(pi*0.027299886658) q[1];
ry(pi*0.00044651565) q[2];
ry(pi*-0.001299339732) q[3];
ry(pi*0.004479446165) q[4];
ry(pi*0.00169593775) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
