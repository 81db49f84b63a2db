// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rx(pi*7.78139e-07) q[0];
rx(pi*4.80718e-07) q[1];
rx(pi*3.76113e-07) q[2];
rx(pi*-3.7796e-07) q[3];
rx(pi*-1.352431e-05) q[4];
rx(pi*3.037126e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.20932e-07) q[0];
rx(pi*-2.1716e-08) q[1];
rx(pi*1.3022e-07) q[2];
rx(pi*-6.2744581e-05) q[3];
rx(pi*1.69619e-07) q[4];
rx(pi*-7.727164e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.1386e-08) q[0];
rx(pi*-1.36606e-07) q[1];
rx(pi*1.022424e-06) q[2];
rx(pi*6.214885e-06) q[3];
rx(pi*1.87715e-06) q[4];
rx(pi*-8.087772e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.025615e-06) q[0];
rx(pi*3.9019911e-05) q[1];
rx(pi*2.26315e-07) q[2];
rx(pi*-1.6036e-08) q[3];
rx(pi*-1.71637e-07) q[4];
rx(pi*0.085098654962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.041227851888) q[0];
rx(pi*-3.41607e-07) q[1];
rx(pi*-2.21e-08) q[2];
rx(pi*2.47138e-07) q[3];
rx(pi*-1.229702e-06) q[4];
rx(pi*-0.000213477892) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
