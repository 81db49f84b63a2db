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
rx(pi*1.1388e-08) q[0];
rx(pi*-3.717e-09) q[1];
rx(pi*-1.445e-09) q[2];
rx(pi*-2.22e-10) q[3];
rx(pi*8.1e-11) q[4];
rx(pi*-1.5258426e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-7.42e-10) q[0];
rx(pi*3.3679e-08) q[1];
rx(pi*8.37e-10) q[2];
rx(pi*-1.1544e-08) q[3];
rx(pi*4.416726e-06) q[4];
rx(pi*-5.3397e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.11373e-07) q[0];
rx(pi*1.29501e-07) q[1];
rx(pi*-2.8e-11) q[2];
rx(pi*0.000158074282) q[3];
rx(pi*6.5e-11) q[4];
rx(pi*0.001309385654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.41e-10) q[0];
rx(pi*8.346e-08) q[1];
rx(pi*-1.57615e-07) q[2];
rx(pi*-2.8774e-08) q[3];
rx(pi*-7.9512275e-05) q[4];
rx(pi*-0.012974761342) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000464287371) q[0];
rx(pi*-0.004143921126) q[1];
rx(pi*1.47e-10) q[2];
rx(pi*-3.842e-09) q[3];
rx(pi*-7.18e-10) q[4];
rx(pi*0.002043283551) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
