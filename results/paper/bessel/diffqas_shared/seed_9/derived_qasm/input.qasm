// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.081100992672) q[0];
ry(pi*0.00790185178) q[1];
ry(pi*0.001676995092) q[2];
ry(pi*-0.003546302104) q[3];
ry(pi*-0.188581048665) q[4];
ry(pi*-0.003001529892) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011666295125) q[0];
ry(pi*0.002334137849) q[1];
ry(pi*0.025625880811) q[2];
ry(pi*0.005879176634) q[3];
ry(pi*-0.003337717494) q[4];
ry(pi*0.002431234591) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00028172118) q[0];
ry(pi*-0.000286921473) q[1];
ry(pi*-0.497775724865) q[2];
ry(pi*0.002017169936) q[3];
ry(pi*-0.486038120667) q[4];
ry(pi*-0.007179070727) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.502052030413) q[0];
ry(pi*0.004597967141) q[1];
ry(pi*-0.010498622112) q[2];
ry(pi*0.008311187033) q[3];
ry(pi*-0.005110804069) q[4];
ry(pi*-0.083199217299) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.070417585484) q[0];
ry(pi*-0.497911835357) q[1];
ry(pi*-0.188599205585) q[2];
ry(pi*-0.487563339855) q[3];
ry(pi*-0.014463642975) q[4];
ry(pi*-0.001951420472) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
