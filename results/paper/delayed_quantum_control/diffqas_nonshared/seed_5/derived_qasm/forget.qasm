// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*7.303841e-06) q[1];
rx(pi*0.000367031102) q[2];
rx(pi*0.000471274345) q[3];
rx(pi*-0.0006118232) q[4];
rx(pi*-0.001314485618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.600455e-06) q[0];
rx(pi*-5.0e-12) q[1];
rx(pi*-1.0e-12) q[2];
rx(pi*-1.257815e-06) q[3];
rx(pi*0.266373602054) q[4];
rx(pi*-0.000649946083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*-1.0e-12) q[1];
rx(pi*-1.49693e-07) q[2];
rx(0) q[3];
rx(pi*0.001256072974) q[4];
rx(pi*0.00028864853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*-1.4e-11) q[1];
rx(pi*0.001116721922) q[2];
rx(pi*-0.045019095426) q[3];
rx(pi*0.261623546995) q[4];
rx(pi*-0.002670218878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*6.1e-11) q[0];
rx(pi*-5.0e-12) q[1];
rx(pi*-0.000367031102) q[2];
rx(pi*-0.000471274419) q[3];
rx(pi*-0.000530378122) q[4];
rx(pi*-0.002028544394) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
