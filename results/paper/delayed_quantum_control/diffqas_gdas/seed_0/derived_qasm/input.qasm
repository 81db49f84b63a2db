// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.472058772493) q[0];
rx(pi*-0.266911118969) q[1];
rx(pi*0.239456642363) q[2];
rx(pi*0.056995590233) q[3];
rx(pi*0.001364510676) q[4];
rx(pi*-0.004280572638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.119250701231) q[0];
rx(pi*-0.104233003034) q[1];
rx(pi*0.231627063708) q[2];
rx(pi*0.033946965096) q[3];
rx(pi*0.004430074925) q[4];
rx(pi*0.004836811505) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.074434500369) q[0];
rx(pi*-0.167037341876) q[1];
rx(pi*0.063523960932) q[2];
rx(pi*0.062040135537) q[3];
rx(pi*0.00511678582) q[4];
rx(pi*-0.000637665898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.071109516849) q[0];
rx(pi*-0.176465697061) q[1];
rx(pi*0.208626458596) q[2];
rx(pi*0.037257479525) q[3];
rx(pi*0.001262564618) q[4];
rx(pi*-0.005562875436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.383750573695) q[0];
rx(pi*-0.2865435491) q[1];
rx(pi*0.245273326324) q[2];
rx(pi*0.061522834085) q[3];
rx(pi*0.005137319669) q[4];
rx(pi*0.002288981968) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
