// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
ry(pi*1.483998e-06) q[0];
ry(pi*-2.0106e-08) q[1];
ry(pi*0.001938461937) q[2];
ry(pi*2.7544967e-05) q[3];
ry(pi*-0.029780936272) q[4];
ry(pi*-0.001564703402) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-2.397e-09) q[0];
ry(pi*-8.24e-10) q[1];
ry(pi*-1.08522e-07) q[2];
ry(pi*-0.001032874828) q[3];
ry(pi*0.007122709808) q[4];
ry(pi*-0.003932621635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.9022e-08) q[0];
ry(pi*-1.1521e-08) q[1];
ry(pi*6.1735848e-05) q[2];
ry(pi*2.1116985e-05) q[3];
ry(pi*-0.032701878529) q[4];
ry(pi*-0.006488627536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.171e-09) q[0];
ry(pi*-9.28177e-07) q[1];
ry(pi*-1.7220432e-05) q[2];
ry(pi*-0.002429555799) q[3];
ry(pi*0.002596166761) q[4];
ry(pi*0.000784239564) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-1.5064285e-05) q[0];
ry(pi*-3.51577e-07) q[1];
ry(pi*-0.001939550943) q[2];
ry(pi*0.000855649725) q[3];
ry(pi*-0.026704346337) q[4];
ry(pi*-0.000463254394) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
