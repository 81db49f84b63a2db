// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000346958861) q[0];
ry(pi*-0.001059745427) q[1];
ry(pi*-0.000973528222) q[2];
ry(pi*-0.002259594368) q[3];
ry(pi*-0.000299813992) q[4];
ry(pi*-0.002242775768) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003102349294) q[0];
ry(pi*0.003233852077) q[1];
ry(pi*-0.000360726258) q[2];
ry(pi*-0.000616143465) q[3];
ry(pi*0.000937073569) q[4];
ry(pi*0.000172888923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*8.6427666e-05) q[0];
ry(pi*-0.000969903612) q[1];
ry(pi*-0.000465182017) q[2];
ry(pi*0.000428375183) q[3];
ry(pi*-0.003519346869) q[4];
ry(pi*-0.000336985273) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004998978694) q[0];
ry(pi*-0.001812616442) q[1];
ry(pi*-0.003821210696) q[2];
ry(pi*-0.00093189853) q[3];
ry(pi*-0.001318757006) q[4];
ry(pi*0.000262775779) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.9272911e-05) q[0];
ry(pi*-0.000535684414) q[1];
ry(pi*-0.007980407256) q[2];
ry(pi*-0.001714712914) q[3];
ry(pi*-0.000154383434) q[4];
ry(pi*0.000360673712) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
