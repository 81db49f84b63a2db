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
rx(pi*7.573e-09) q[0];
rx(pi*-2.727e-09) q[1];
rx(pi*4.09254e-07) q[2];
rx(pi*-2.2901e-08) q[3];
rx(pi*2.04865e-07) q[4];
rx(pi*1.00299e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.5939621e-05) q[0];
rx(pi*-1.389e-09) q[1];
rx(pi*3.1601e-08) q[2];
rx(pi*4.291e-09) q[3];
rx(pi*2.512e-09) q[4];
rx(pi*4.436541e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*6.14e-10) q[0];
rx(pi*-2.26408e-07) q[1];
rx(pi*1.31e-09) q[2];
rx(pi*3.847095e-06) q[3];
rx(pi*8.81e-09) q[4];
rx(pi*-0.000161262945) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*6.06691e-07) q[0];
rx(pi*1.337e-09) q[1];
rx(pi*3.679e-09) q[2];
rx(pi*3.57e-10) q[3];
rx(pi*0.00126439119) q[4];
rx(pi*0.000264036893) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*6.1328865e-05) q[0];
rx(pi*-0.00027031061) q[1];
rx(pi*-1.95301e-07) q[2];
rx(pi*-3.31e-10) q[3];
rx(pi*0.015033594987) q[4];
rx(pi*-0.006638144053) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
