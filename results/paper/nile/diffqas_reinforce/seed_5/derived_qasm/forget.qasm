// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.063383369021) q[0];
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
rz(pi*-0.002552040301) q[0];
rz(pi*-0.004215424669) q[1];
rz(pi*-0.00079053733) q[2];
rz(pi*0.00133841381) q[3];
rz(pi*0.003616002346) q[4];
rz(pi*0.000349093703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00175908602) q[0];
rz(pi*-0.002498060165) q[1];
rz(pi*0.00238336368) q[2];
rz(pi*0.005203515586) q[3];
rz(pi*0.000868317962) q[4];
rz(pi*-0.003925896389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003050150819) q[0];
rz(pi*0.005093081151) q[1];
rz(pi*0.000645890658) q[2];
rz(pi*-0.005513513682) q[3];
rz(pi*-0.000266518302) q[4];
rz(pi*-0.003702660372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002002850403) q[0];
rz(pi*-0.001553389271) q[1];
rz(pi*-0.002270535714) q[2];
rz(pi*0.001761527724) q[3];
rz(pi*-0.000200711382) q[4];
rz(pi*-0.00187623414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001304048235) q[0];
rz(pi*0.002641449671) q[1];
rz(pi*-0.005229971304) q[2];
rz(pi*-0.000817183517) q[3];
rz(pi*-0.00312185654) q[4];
rz(pi*-0.00055116588) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
