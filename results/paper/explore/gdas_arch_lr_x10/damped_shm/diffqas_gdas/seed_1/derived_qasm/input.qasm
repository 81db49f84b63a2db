// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
rx(pi*-0.00039891247) q[0];
rx(pi*1.01276e-07) q[1];
rx(0) q[2];
rx(pi*-0.007384074823) q[3];
rx(pi*4.8626e-08) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.0e-12) q[0];
rx(pi*0.000130953684) q[1];
rx(pi*-1.39404e-07) q[2];
rx(0) q[3];
rx(pi*0.005520016592) q[4];
rx(pi*0.002591853426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.08413e-07) q[0];
rx(pi*1.2e-11) q[1];
rx(pi*0.004738059835) q[2];
rx(pi*6.827e-09) q[3];
rx(pi*-0.000159978153) q[4];
rx(pi*-1.3154e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000520258829) q[0];
rx(pi*5.24e-10) q[1];
rx(pi*2.23e-10) q[2];
rx(pi*-2.0e-12) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(0) q[0];
rx(pi*-0.001855454683) q[1];
rx(pi*-0.001637418384) q[2];
rx(pi*-0.000405913043) q[3];
rx(pi*-0.00380502042) q[4];
rx(pi*0.001202632376) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
