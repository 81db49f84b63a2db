// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
rx(pi*-0.474663123624) q[0];
rx(pi*-0.002123241677) q[1];
rx(pi*0.004660883737) q[2];
rx(pi*-0.247754563294) q[3];
rx(pi*0.249950013767) q[4];
rx(pi*0.019430552982) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.01452445656) q[0];
rx(pi*0.250184194392) q[1];
rx(pi*0.000441679082) q[2];
rx(pi*0.010766710594) q[3];
rx(pi*-0.251804979309) q[4];
rx(pi*-3.0368634e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001864772081) q[0];
rx(pi*0.001259591381) q[1];
rx(pi*0.00147453868) q[2];
rx(pi*-0.249296971791) q[3];
rx(pi*-0.000795645149) q[4];
rx(pi*0.247855213721) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.469156131823) q[0];
rx(pi*-0.248110890469) q[1];
rx(pi*0.003056601553) q[2];
rx(pi*-0.003415704381) q[3];
rx(pi*-0.004242498484) q[4];
rx(pi*0.283194195086) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.264785146698) q[0];
rx(pi*0.000368222198) q[1];
rx(pi*0.006868821835) q[2];
rx(pi*0.024994489112) q[3];
rx(pi*5.9925739e-05) q[4];
rx(pi*-0.0048125003) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
