// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.008824612708) q[0];
ry(pi*-0.185795014503) q[1];
ry(pi*-0.090641704469) q[2];
ry(pi*-0.000100358257) q[3];
ry(pi*-0.000124936952) q[4];
ry(pi*0.001110948352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.181892604893) q[0];
ry(pi*0.061647926154) q[1];
ry(pi*0.120145531903) q[2];
ry(pi*0.000843751589) q[3];
ry(pi*0.116405936928) q[4];
ry(pi*0.000170857301) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.029710450143) q[0];
ry(pi*0.101340313571) q[1];
ry(pi*0.232774763162) q[2];
ry(pi*-0.002191983795) q[3];
ry(pi*-0.000357687765) q[4];
ry(pi*0.001422572472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.031917872419) q[0];
ry(pi*0.365890995053) q[1];
ry(pi*0.028859346911) q[2];
ry(pi*-0.501234798279) q[3];
ry(pi*0.510197068944) q[4];
ry(pi*-0.498173886948) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.261330493935) q[0];
ry(pi*-0.000786618716) q[1];
ry(pi*0.505198395) q[2];
ry(pi*-0.004397574608) q[3];
ry(pi*-0.006084695366) q[4];
ry(pi*0.002058132839) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
