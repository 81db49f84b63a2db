// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.195475612368) q[0];
rx(pi*-0.006191848702) q[1];
rx(pi*-0.000704405057) q[2];
rx(pi*0.006890770339) q[3];
rx(pi*0.022356449497) q[4];
rx(pi*-0.012617538891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.194302868888) q[0];
rx(pi*-0.001829614246) q[1];
rx(pi*-0.009315967149) q[2];
rx(pi*-0.004356723318) q[3];
rx(pi*-0.00678077287) q[4];
rx(pi*-0.003746136423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.202695976095) q[0];
rx(pi*-0.006775369787) q[1];
rx(pi*-0.012895876215) q[2];
rx(pi*-0.014924378365) q[3];
rx(pi*0.004357141608) q[4];
rx(pi*0.028081421567) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.189343753123) q[0];
rx(pi*-0.00962083786) q[1];
rx(pi*0.018249408131) q[2];
rx(pi*-0.006321782379) q[3];
rx(pi*0.000779434122) q[4];
rx(pi*0.008111182848) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.204466873392) q[0];
rx(pi*-0.007067564924) q[1];
rx(pi*-0.012852478426) q[2];
rx(pi*-0.016564294927) q[3];
rx(pi*-0.000689683836) q[4];
rx(pi*0.000700905253) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
