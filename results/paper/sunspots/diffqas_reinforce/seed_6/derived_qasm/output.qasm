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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.012271e-06) q[0];
rx(pi*-8.53126e-07) q[1];
rx(pi*7.0e-11) q[2];
rx(pi*-3.67e-10) q[3];
rx(pi*2.454e-08) q[4];
rx(pi*-3.709e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.709e-09) q[0];
rx(pi*-6.26e-10) q[1];
rx(pi*2.2843e-08) q[2];
rx(pi*-3.617e-09) q[3];
rx(pi*3.7e-10) q[4];
rx(pi*1.53e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.524511e-06) q[0];
rx(pi*-1.04e-10) q[1];
rx(pi*4.69e-10) q[2];
rx(pi*-1.26202e-07) q[3];
rx(pi*-1.5687e-08) q[4];
rx(pi*-8.834913e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.448908e-06) q[0];
rx(pi*2.1213e-08) q[1];
rx(pi*-3.41e-10) q[2];
rx(pi*-1.0e-11) q[3];
rx(pi*-1.3e-11) q[4];
rx(pi*2.8e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(0) q[0];
rx(pi*-0.001004875573) q[1];
rx(pi*0.01739782228) q[2];
rx(pi*2.0899e-08) q[3];
rx(pi*7.95e-10) q[4];
rx(pi*0.002785848585) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
