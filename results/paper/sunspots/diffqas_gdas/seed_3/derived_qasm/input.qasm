// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.1434e-07) q[0];
rx(pi*-1.766e-09) q[1];
rx(pi*0.00259825495) q[2];
rx(pi*-0.002017973906) q[3];
rx(pi*0.000923295056) q[4];
rx(pi*-0.00208927616) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-7.452494e-06) q[0];
rx(pi*1.2102e-08) q[1];
rx(pi*-3.762495e-06) q[2];
rx(pi*4.16e-10) q[3];
rx(pi*-0.002925675364) q[4];
rx(pi*-0.002256369297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-6.47907e-07) q[0];
rx(pi*9.9957e-08) q[1];
rx(pi*-8.757e-09) q[2];
rx(pi*-5.75e-10) q[3];
rx(pi*-0.003767724149) q[4];
rx(pi*0.004399474255) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.4348e-08) q[0];
rx(pi*-1.57769e-07) q[1];
rx(pi*1.02739e-07) q[2];
rx(pi*1.64e-10) q[3];
rx(pi*0.00292566321) q[4];
rx(pi*0.000550459479) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.59232e-07) q[0];
rx(pi*-4.4035e-08) q[1];
rx(pi*-0.002598221747) q[2];
rx(pi*0.0020179702) q[3];
rx(pi*0.002844386923) q[4];
rx(pi*-0.003414181818) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
