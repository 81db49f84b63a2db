// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
ry(pi*-0.115942375784) q[0];
ry(pi*-0.004419370442) q[1];
ry(pi*-2.43037e-07) q[2];
ry(pi*2.9e-10) q[3];
ry(pi*-2.0e-11) q[4];
ry(pi*9.85775e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012614423803) q[0];
ry(pi*1.68653e-07) q[1];
ry(pi*-8.6e-11) q[2];
ry(pi*5.0e-12) q[3];
ry(pi*-4.0e-12) q[4];
ry(pi*-0.013845688724) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*6.341786e-06) q[0];
ry(pi*1.0e-12) q[1];
ry(0) q[2];
ry(0) q[3];
ry(pi*-7.4e-11) q[4];
ry(pi*-3.70669e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.31e-10) q[0];
ry(pi*3.28e-10) q[1];
ry(0) q[2];
ry(pi*-4.0e-12) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.0e-12) q[0];
ry(pi*-7.3295e-08) q[1];
ry(pi*-0.006037202429) q[2];
ry(pi*-0.007116212235) q[3];
ry(pi*-0.167205819876) q[4];
ry(pi*-0.003548966293) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
