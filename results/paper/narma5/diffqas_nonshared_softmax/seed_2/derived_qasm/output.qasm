// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.088042143957) q[0];
ry(pi*0.031512742594) q[1];
ry(pi*0.053266928303) q[2];
ry(pi*0.046436933604) q[3];
ry(pi*-0.052679693303) q[4];
ry(pi*-0.000855664918) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.07207103673) q[0];
ry(pi*-0.022125408862) q[1];
ry(pi*-0.029424903176) q[2];
ry(pi*-0.003751547213) q[3];
ry(pi*-0.001815210669) q[4];
ry(pi*0.002700818659) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081211983246) q[0];
ry(pi*0.039498395815) q[1];
ry(pi*0.006374566935) q[2];
ry(pi*-0.034374788699) q[3];
ry(pi*0.001493976852) q[4];
ry(pi*-0.003471089389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.076148038307) q[0];
ry(pi*-0.020955421173) q[1];
ry(pi*-0.028386695449) q[2];
ry(pi*-0.020330077037) q[3];
ry(pi*-0.0059032323) q[4];
ry(pi*-0.001042685147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08691109309) q[0];
ry(pi*0.049429059238) q[1];
ry(pi*0.053531474811) q[2];
ry(pi*0.043890221681) q[3];
ry(pi*0.017553560079) q[4];
ry(pi*-0.005564505906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
