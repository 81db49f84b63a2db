// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005337314367) q[0];
ry(pi*0.001412011914) q[1];
ry(pi*-0.001711441153) q[2];
ry(pi*-0.005009018242) q[3];
ry(pi*0.001431443121) q[4];
ry(pi*-0.000298824111) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002730339958) q[0];
ry(pi*-3.2278612e-05) q[1];
ry(pi*0.000775244628) q[2];
ry(pi*0.000202163946) q[3];
ry(pi*-8.5176965e-05) q[4];
ry(pi*-0.000138551269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000904464752) q[0];
ry(pi*-0.000210744983) q[1];
ry(pi*-8.7418584e-05) q[2];
ry(pi*-0.001034954938) q[3];
ry(pi*8.6098866e-05) q[4];
ry(pi*-0.000291261118) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012103422489) q[0];
ry(pi*0.00794060006) q[1];
ry(pi*-0.001866310208) q[2];
ry(pi*-0.001282601915) q[3];
ry(pi*-0.000800389819) q[4];
ry(pi*-4.9312191e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001094393444) q[0];
ry(pi*-2.0921216e-05) q[1];
ry(pi*1.7209949e-05) q[2];
ry(pi*3.3922476e-05) q[3];
ry(pi*-0.000234670507) q[4];
ry(pi*-0.000419860385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
