// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.083413732671) q[0];
ry(pi*-0.030213223214) q[1];
ry(pi*-0.01730164705) q[2];
ry(pi*-0.088334191462) q[3];
ry(pi*-0.028564866151) q[4];
ry(pi*-0.059611007218) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01388050253) q[0];
ry(pi*0.029932798888) q[1];
ry(pi*-0.011664903) q[2];
ry(pi*-0.194138792566) q[3];
ry(pi*0.012976161768) q[4];
ry(pi*-0.043944014164) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035327173201) q[0];
ry(pi*-0.247981837839) q[1];
ry(pi*-0.02558003791) q[2];
ry(pi*0.526430189817) q[3];
ry(pi*0.018116448301) q[4];
ry(pi*-0.001352820944) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031802750529) q[0];
ry(pi*-0.182476680931) q[1];
ry(pi*-0.069947028139) q[2];
ry(pi*-0.258715404229) q[3];
ry(pi*0.480907624072) q[4];
ry(pi*-0.010032842342) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.148472707471) q[0];
ry(pi*0.07767566229) q[1];
ry(pi*-0.048584397254) q[2];
ry(pi*-0.02794338297) q[3];
ry(pi*-0.047955204022) q[4];
ry(pi*0.00015734952) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
