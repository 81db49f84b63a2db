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
ry(pi*-0.028972128038) q[0];
ry(pi*-0.017415881964) q[1];
ry(pi*-0.002528110033) q[2];
ry(pi*0.0059871707) q[3];
ry(pi*0.007192655214) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0084297839) q[0];
ry(pi*0.000818973551) q[1];
ry(pi*0.005517513375) q[2];
ry(pi*-0.000230920944) q[3];
ry(pi*-2.7e-11) q[4];
ry(pi*2.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001525951713) q[0];
ry(pi*2.8448669e-05) q[1];
ry(pi*0.000351634495) q[2];
ry(pi*1.3e-11) q[3];
ry(pi*-0.000625567065) q[4];
ry(pi*-6.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003886469241) q[0];
ry(pi*0.004481470913) q[1];
ry(0) q[2];
ry(pi*-1.0e-12) q[3];
ry(0) q[4];
ry(pi*1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000497963924) q[0];
ry(pi*-1.0e-12) q[1];
ry(pi*-0.000270088699) q[2];
ry(pi*0.000189137858) q[3];
ry(pi*0.000330190658) q[4];
ry(pi*-0.004055078271) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
