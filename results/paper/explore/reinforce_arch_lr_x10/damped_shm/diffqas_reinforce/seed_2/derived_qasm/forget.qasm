// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.491645288576) q[0];
ry(pi*-0.131626482256) q[1];
ry(pi*0.000147754284) q[2];
ry(pi*-1.40716e-07) q[3];
ry(pi*9.4560897e-05) q[4];
ry(pi*-3.8751e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008700548132) q[0];
ry(pi*0.637510732599) q[1];
ry(pi*-0.42813181483) q[2];
ry(pi*8.23494e-07) q[3];
ry(pi*-1.6036e-08) q[4];
ry(pi*0.000248314414) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*9.76611e-07) q[0];
ry(pi*2.1150968e-05) q[1];
ry(pi*3.5478742e-05) q[2];
ry(pi*-0.50000046926) q[3];
ry(pi*-0.049142779448) q[4];
ry(pi*3.5579558e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002144148459) q[0];
ry(pi*4.9888553e-05) q[1];
ry(pi*-1.208141e-06) q[2];
ry(pi*1.041012e-06) q[3];
ry(pi*0.003497014166) q[4];
ry(pi*6.5475e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000751073125) q[0];
ry(pi*0.002703925447) q[1];
ry(pi*0.090841089074) q[2];
ry(pi*0.066357910769) q[3];
ry(pi*-0.178371035248) q[4];
ry(pi*0.002178186754) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
