// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.036735211956) q[0];
ry(pi*-0.007029774175) q[1];
ry(pi*-0.155541099488) q[2];
ry(pi*0.003538857079) q[3];
ry(pi*-0.001072864044) q[4];
ry(pi*-3.3287197e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.050037372961) q[0];
ry(pi*0.985041002853) q[1];
ry(pi*0.009990105042) q[2];
ry(pi*0.006992087776) q[3];
ry(pi*0.002332581046) q[4];
ry(pi*0.00096579905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021203321466) q[0];
ry(pi*-0.485408225444) q[1];
ry(pi*-0.003531721844) q[2];
ry(pi*0.036084626951) q[3];
ry(pi*-0.522961326465) q[4];
ry(pi*0.150278239519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.0086965852) q[0];
ry(pi*-0.007165715098) q[1];
ry(pi*0.656497975473) q[2];
ry(pi*0.492549605622) q[3];
ry(pi*0.468163781228) q[4];
ry(pi*-0.150020153232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.602773718573) q[0];
ry(pi*-0.009749117351) q[1];
ry(pi*0.05569053081) q[2];
ry(pi*0.480535416708) q[3];
ry(pi*0.149653855879) q[4];
ry(pi*-0.005810719996) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
