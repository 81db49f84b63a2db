// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rx(pi*1.183e-09) q[0];
rx(pi*-8.0e-11) q[1];
rx(pi*1.9962e-08) q[2];
rx(pi*-7.937e-08) q[3];
rx(pi*6.0e-12) q[4];
rx(pi*6.034e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.88729e-07) q[0];
rx(pi*6.304e-09) q[1];
rx(pi*1.4e-11) q[2];
rx(pi*-1.0e-12) q[3];
rx(pi*-1.8561e-08) q[4];
rx(pi*-7.2166e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.4e-11) q[0];
rx(pi*1.0e-12) q[1];
rx(pi*-6.0395e-08) q[2];
rx(pi*-2.4e-11) q[3];
rx(pi*-9.05e-09) q[4];
rx(pi*1.144673e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.1878e-08) q[0];
rx(pi*-5.6e-11) q[1];
rx(pi*-5.91e-10) q[2];
rx(pi*-2.06e-10) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(0) q[0];
rx(pi*-8.6863001e-05) q[1];
rx(pi*-6.17e-09) q[2];
rx(pi*0.002970593344) q[3];
rx(pi*0.443391671691) q[4];
rx(pi*-0.000127218573) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
