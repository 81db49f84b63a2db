// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.000594241503) q[0];
ry(pi*0.001750615726) q[1];
ry(pi*0.000421621107) q[2];
ry(pi*4.4e-09) q[3];
ry(pi*-1.1e-11) q[4];
ry(pi*-2.036828e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004220283768) q[0];
ry(pi*0.001699982502) q[1];
ry(pi*-1.178e-08) q[2];
ry(pi*3.3597e-08) q[3];
ry(pi*-6.5745e-07) q[4];
ry(pi*2.6362e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000226043632) q[0];
ry(pi*-1.528e-09) q[1];
ry(0) q[2];
ry(pi*1.0e-12) q[3];
ry(pi*-1.0e-12) q[4];
ry(pi*-2.2436e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.7365e-08) q[0];
ry(pi*1.912351e-06) q[1];
ry(pi*-0.005592495452) q[2];
ry(pi*0.000274459027) q[3];
ry(pi*-8.63e-10) q[4];
ry(pi*-1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.2e-11) q[0];
ry(pi*3.3928e-08) q[1];
ry(pi*0.001400398666) q[2];
ry(pi*0.000881284872) q[3];
ry(pi*0.002201475061) q[4];
ry(pi*-0.000216129871) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
