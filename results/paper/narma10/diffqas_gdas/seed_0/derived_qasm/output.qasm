// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.482068e-06) q[0];
rx(pi*0.003380766659) q[1];
rx(pi*0.006828617396) q[2];
rx(pi*-0.004532449204) q[3];
rx(pi*-0.001310003009) q[4];
rx(pi*4.4907044e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.27677e-07) q[0];
rx(pi*-0.003109502909) q[1];
rx(pi*-0.00632724653) q[2];
rx(pi*0.007198038138) q[3];
rx(pi*-0.000772403385) q[4];
rx(pi*0.003437387564) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000872596168) q[0];
rx(pi*-0.00484623592) q[1];
rx(pi*0.009281931819) q[2];
rx(pi*-0.000801766158) q[3];
rx(pi*0.003678645023) q[4];
rx(pi*-0.001787509123) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000221490376) q[0];
rx(pi*-0.004173989967) q[1];
rx(pi*-0.015509984081) q[2];
rx(pi*0.008968995318) q[3];
rx(pi*0.000302824526) q[4];
rx(pi*-0.004044893759) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.83011e-07) q[0];
rx(pi*-0.000968490216) q[1];
rx(pi*0.008342045614) q[2];
rx(pi*-0.006300476576) q[3];
rx(pi*-0.002375557284) q[4];
rx(pi*0.002518673166) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
