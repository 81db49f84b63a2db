// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(0) q[0];
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
rx(0) q[0];
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
rx(0) q[0];
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
rx(0) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(pi*-0.005005262231) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00420637289) q[0];
rx(pi*-8.7e-11) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(pi*-0.000797736895) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
