// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003559096258) q[0];
rz(pi*0.001444823206) q[1];
rz(pi*0.000180461328) q[2];
rz(pi*-0.007085743188) q[3];
rz(pi*-0.003113984035) q[4];
rz(pi*0.001418806085) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001722436156) q[0];
rz(pi*-0.000139407544) q[1];
rz(pi*-0.003949382279) q[2];
rz(pi*-0.006346742807) q[3];
rz(pi*-0.005447100765) q[4];
rz(pi*0.000415058241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001167947822) q[0];
rz(pi*0.005642945174) q[1];
rz(pi*-0.002183765335) q[2];
rz(pi*0.001000938432) q[3];
rz(pi*-0.002522981759) q[4];
rz(pi*-0.000676753389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000287291108) q[0];
rz(pi*-0.001697996293) q[1];
rz(pi*0.004516492234) q[2];
rz(pi*-0.003466808366) q[3];
rz(pi*0.00254685659) q[4];
rz(pi*-0.000663076262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001554771169) q[0];
rz(pi*0.003332366883) q[1];
rz(pi*-0.001849110374) q[2];
rz(pi*0.000996515706) q[3];
rz(pi*4.5590322e-05) q[4];
rz(pi*0.00232238601) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
