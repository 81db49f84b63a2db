// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*-4.5532e-08) q[0];
ry(pi*9.04274e-07) q[1];
ry(pi*-0.003796402939) q[2];
ry(pi*-0.044457023032) q[3];
ry(pi*-1.9757652e-05) q[4];
ry(pi*-0.003347803289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.684041e-06) q[0];
ry(pi*-1.183e-09) q[1];
ry(pi*-0.000105411827) q[2];
ry(pi*9.9748471e-05) q[3];
ry(pi*-0.001861277686) q[4];
ry(pi*-0.039490854148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-6.08846e-07) q[0];
ry(pi*7.358702e-06) q[1];
ry(pi*1.8948763e-05) q[2];
ry(pi*0.004938952478) q[3];
ry(pi*-0.004112732597) q[4];
ry(pi*-0.007490013903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.135435e-06) q[0];
ry(pi*-4.76676e-07) q[1];
ry(pi*-0.000169181918) q[2];
ry(pi*0.000288462971) q[3];
ry(pi*0.002231973901) q[4];
ry(pi*-0.026554926463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000226353866) q[0];
ry(pi*-1.189632e-06) q[1];
ry(pi*0.003803039547) q[2];
ry(pi*0.045387641049) q[3];
ry(pi*0.004273233445) q[4];
ry(pi*0.003795125243) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
