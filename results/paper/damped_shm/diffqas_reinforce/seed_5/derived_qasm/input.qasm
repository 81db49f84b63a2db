// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
rx(pi*-4.0e-12) q[0];
rx(pi*-4.772e-09) q[1];
rx(pi*-0.002211263665) q[2];
rx(pi*-0.000658198635) q[3];
rx(pi*-0.001262242971) q[4];
rx(pi*0.003139184587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.444e-09) q[0];
rx(pi*-2.632963e-06) q[1];
rx(pi*9.0e-11) q[2];
rx(pi*-5.6323e-08) q[3];
rx(pi*-0.00281204906) q[4];
rx(pi*-0.00132580464) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-4.93e-10) q[0];
rx(pi*3.7657e-08) q[1];
rx(pi*-2.2e-11) q[2];
rx(pi*3.9487e-08) q[3];
rx(pi*0.002353473006) q[4];
rx(pi*0.003911225415) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-6.53e-10) q[0];
rx(pi*-2.3405e-08) q[1];
rx(pi*-1.23e-10) q[2];
rx(pi*8.214e-09) q[3];
rx(pi*0.002812049357) q[4];
rx(pi*0.00379225769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-4.0e-11) q[0];
rx(pi*4.3022e-08) q[1];
rx(pi*0.002211263665) q[2];
rx(pi*0.000656386219) q[3];
rx(pi*-0.001091230183) q[4];
rx(pi*-0.003488470501) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
