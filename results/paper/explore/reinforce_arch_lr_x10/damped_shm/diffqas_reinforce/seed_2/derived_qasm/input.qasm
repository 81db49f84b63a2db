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
ry(pi*-0.074932928681) q[0];
ry(pi*0.002137867442) q[1];
ry(pi*-1.31e-10) q[2];
ry(pi*-0.006591487695) q[3];
ry(pi*9.4792e-08) q[4];
ry(pi*-2.97e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002178791807) q[0];
ry(pi*-0.001674377445) q[1];
ry(pi*-7.4e-10) q[2];
ry(pi*-2.584e-09) q[3];
ry(pi*-6.84428e-07) q[4];
ry(pi*9.90684e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*3.325e-09) q[0];
ry(pi*-3.327e-09) q[1];
ry(pi*-0.002481454416) q[2];
ry(pi*-1.44e-10) q[3];
ry(pi*0.024310120759) q[4];
ry(pi*1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.059999810994) q[0];
ry(pi*-2.5199e-07) q[1];
ry(pi*-1.0e-12) q[2];
ry(pi*3.86e-10) q[3];
ry(pi*1.037e-09) q[4];
ry(pi*5.5e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.9827e-08) q[0];
ry(pi*0.000389838902) q[1];
ry(pi*0.012123707914) q[2];
ry(pi*-0.003344586815) q[3];
ry(pi*-0.002700846229) q[4];
ry(pi*-0.002736149473) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
