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
rx(pi*1.05e-09) q[0];
rx(pi*6.52e-10) q[1];
rx(pi*1.909e-08) q[2];
rx(pi*-6.5641e-08) q[3];
rx(pi*8.0e-12) q[4];
rx(pi*1.918e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.64191e-07) q[0];
rx(pi*5.35e-09) q[1];
rx(pi*7.0e-12) q[2];
rx(pi*1.9e-10) q[3];
rx(pi*-1.4796e-08) q[4];
rx(pi*-8.0095e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-7.0e-12) q[0];
rx(0) q[1];
rx(pi*-4.9996e-08) q[2];
rx(pi*-2.9e-11) q[3];
rx(pi*-5.172e-09) q[4];
rx(pi*9.35373e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-6.405e-09) q[0];
rx(pi*5.95e-10) q[1];
rx(pi*2.108e-09) q[2];
rx(pi*-6.4e-11) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(0) q[0];
rx(pi*-3.2701163e-05) q[1];
rx(pi*-6.842e-09) q[2];
rx(pi*0.002933937106) q[3];
rx(pi*0.441397066726) q[4];
rx(pi*-0.000127208753) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
